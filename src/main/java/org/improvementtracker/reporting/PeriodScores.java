package org.improvementtracker.reporting;

import java.util.List;

import org.improvementtracker.plans.Plan;

/**
 * The summary table of DESIGN.md section 5 for one period. "Previous" is the period before, or the
 * initial ratings when there is none (previousPeriod is then null).
 */
public record PeriodScores(Plan plan, Period period, Period previousPeriod, Score score, Score previous,
        Movement movement, List<SectionScore> sections) {
}
