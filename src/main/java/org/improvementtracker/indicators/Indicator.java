package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.improvementtracker.plans.Plan;

/**
 * A performance measure of a plan, optionally in one of its sections. Archived indicators stay
 * reachable by id, so their history can still be read.
 */
public record Indicator(long id, long planId, Long sectionId, String code, String name, String definition, Unit unit,
        Polarity polarity, BigDecimal rangeLower, BigDecimal rangeUpper, int decimals, YearToDateRule yearToDateRule,
        Frequency frequency, String baselineLabel, YearMonth baselineMonth, BigDecimal baselineValue,
        BigDecimal annualTarget, BigDecimal tolerance, Long dataOwnerPersonId, boolean archived, int version) {

    /** The bounds of a "within a range" indicator; null for other polarities or when neither bound is set. */
    public Range range() {
        return polarity != Polarity.WITHIN_RANGE || (rangeLower == null && rangeUpper == null) ? null
                : new Range(rangeLower, rangeUpper);
    }

    /**
     * The first month that can take a value: the plan's first, or the baseline's month when that is
     * earlier, so that the history before the plan can be entered and shown.
     */
    public YearMonth firstMonthIn(Plan plan) {
        YearMonth start = YearMonth.from(plan.startsOn());
        return baselineMonth != null && baselineMonth.isBefore(start) ? baselineMonth : start;
    }

    /** "42.5%", "12 days": a value as the board reads it. */
    public String format(BigDecimal value) {
        return unit.format(value, decimals);
    }
}
