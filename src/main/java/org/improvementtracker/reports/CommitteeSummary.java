package org.improvementtracker.reports;

import java.util.List;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodScores;

/**
 * The committee summary: one page of narrative generated from the period's data, after an
 * introduction the plan's owner writes.
 *
 * @param introduction the owner's own words, kept as typed (line breaks included); blank when none
 * @param narrative the generated paragraphs, in reading order: ratings, sections that moved, overdue
 *        actions, indicators off target
 * @param scores the period's scores, for the counts per rating and the sections' movement
 * @param overdue the actions past their due date and not complete
 * @param offTarget the indicators whose latest figure misses its target
 */
public record CommitteeSummary(BoardPack.Cover cover, Plan plan, Period period, String introduction,
        List<String> narrative, PeriodScores scores, List<BoardPack.ExceptionRow> overdue,
        List<BoardPack.IndicatorRow> offTarget) implements Report {

    @Override
    public String title() {
        return "Committee summary";
    }
}
