package org.improvementtracker.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.Plan;

/**
 * The summary table of DESIGN.md section 5 for one period. "Previous" is the period before, or the
 * initial ratings when there is none (previousPeriod is then null).
 */
public record PeriodScores(Plan plan, Period period, Period previousPeriod, Score score, Score previous,
        Movement movement, List<SectionScore> sections) {

    /** The plan's row of the summary table: how many actions sit at each rating, over all sections. */
    public Map<Integer, Integer> distribution() {
        Map<Integer, Integer> total = new LinkedHashMap<>();
        plan.ratingScale().levels().forEach(level -> total.put(level.value(), 0));
        sections.forEach(section -> section.distribution().forEach((value, count) -> total.merge(value, count,
                Integer::sum)));
        return total;
    }
}
