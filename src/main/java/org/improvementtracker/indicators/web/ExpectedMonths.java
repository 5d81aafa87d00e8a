package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.time.YearMonth;

import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.plans.Plan;

/**
 * The months in which an indicator's figure could exist: from its baseline month or the plan's
 * start, whichever is earlier (values may be entered from either), to the plan's end, and only
 * months that are over. A month outside them is not applicable, so the pages never call it missing.
 *
 * @param planFirst the plan's first month, or null when it has no start date
 * @param planLast the plan's last month, or null when it has no end date
 * @param current the month we are in: its figure cannot exist until it is over
 */
record ExpectedMonths(YearMonth planFirst, YearMonth planLast, YearMonth current) {

    static ExpectedMonths of(Plan plan, Clock clock) {
        return new ExpectedMonths(plan.startsOn() == null ? null : YearMonth.from(plan.startsOn()),
                plan.endsOn() == null ? null : YearMonth.from(plan.endsOn()), YearMonth.now(clock));
    }

    boolean expects(Indicator indicator, YearMonth month) {
        if (!month.isBefore(current) || planLast != null && month.isAfter(planLast)) {
            return false;
        }
        YearMonth baseline = indicator.baselineMonth();
        YearMonth first = planFirst == null || baseline != null && baseline.isBefore(planFirst) ? baseline
                : planFirst;
        return first == null || !month.isBefore(first);
    }
}
