package org.improvementtracker.reports;

import java.util.List;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.reporting.Period;

/**
 * The exceptions-only report: the board pack's cover, rating key and exceptions (red or declined,
 * overdue, no update, stalled), each with its reasons.
 */
public record ExceptionReport(BoardPack.Cover cover, Plan plan, Period period, List<RatingLevel> ratingKey,
        List<BoardPack.ExceptionRow> exceptions) implements Report {

    public static ExceptionReport of(BoardPack pack) {
        return new ExceptionReport(pack.cover(), pack.plan(), pack.period(), pack.ratingKey(), pack.exceptions());
    }

    @Override
    public String title() {
        return "Exceptions report";
    }
}
