package org.improvementtracker.reports;

import java.util.List;
import java.util.stream.Stream;

import org.improvementtracker.indicators.TargetStatus;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.reporting.ActionState;
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

    /** The summary of the board pack's period, in the pack's own figures, after the owner's introduction. */
    public static CommitteeSummary of(BoardPack pack, String introduction) {
        List<BoardPack.ExceptionRow> overdue = pack.exceptions().stream()
                .filter(row -> row.progress().is(ActionState.OVERDUE)).toList();
        List<BoardPack.IndicatorRow> indicators = Stream.concat(pack.planIndicators().stream(),
                pack.sections().stream().flatMap(part -> part.indicators().stream())).toList();
        List<BoardPack.IndicatorRow> offTarget = indicators.stream()
                .filter(row -> row.standing().status() == TargetStatus.MISSED).toList();
        return new CommitteeSummary(pack.cover(), pack.plan(), pack.period(), introduction,
                SummaryNarrative.of(pack.scores(), overdue, indicators, offTarget), pack.scores(), overdue, offTarget);
    }

    @Override
    public String title() {
        return "Committee summary";
    }
}
