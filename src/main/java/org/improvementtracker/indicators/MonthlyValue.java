package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An indicator's value for one month, as entered: the value, or for a rate the numerator and
 * denominator it is computed from, and a note. Any of them may be missing; a month with no value
 * is shown as missing, never as 0. Checks belong to {@link ValueCheck}, not here, so a form can
 * hold what the user typed and show what is wrong with it.
 *
 * <p>API: {@link #ofRatio} computes the value from numerator and denominator; {@link #hasValue()};
 * {@link #hasRatio()}.
 */
public record MonthlyValue(YearMonth month, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
        String note) {

    public MonthlyValue {
        Objects.requireNonNull(month, "month");
    }

    public static MonthlyValue of(YearMonth month, BigDecimal value) {
        return new MonthlyValue(month, value, null, null, null);
    }

    /**
     * A rate's month: the value is the unit's ratio of the two, unrounded. The denominator must be
     * more than 0, as {@link ValueCheck} makes sure before anything is saved.
     */
    public static MonthlyValue ofRatio(YearMonth month, BigDecimal numerator, BigDecimal denominator, Unit unit,
            String note) {
        return new MonthlyValue(month, unit.ratio(numerator, denominator), numerator, denominator, note);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** Whether both numerator and denominator were given, which a ratio of sums needs. */
    public boolean hasRatio() {
        return numerator != null && denominator != null;
    }
}
