package org.improvementtracker.indicators;

import java.math.BigDecimal;

/**
 * The bounds of a "within a range" indicator, both inclusive. Either bound may be left open (null),
 * but not both.
 *
 * <p>API: {@link #contains(BigDecimal)}; {@link #distanceFrom(BigDecimal)}, how far outside a value lies.
 */
public record Range(BigDecimal lower, BigDecimal upper) {

    public Range {
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("A range needs a lower bound, an upper bound or both");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("The lower bound " + lower + " is above the upper bound " + upper);
        }
    }

    public boolean contains(BigDecimal value) {
        return distanceFrom(value).signum() == 0;
    }

    /** 0 inside the range; otherwise how far below the lower bound or above the upper bound. */
    public BigDecimal distanceFrom(BigDecimal value) {
        if (lower != null && value.compareTo(lower) < 0) {
            return lower.subtract(value);
        }
        if (upper != null && value.compareTo(upper) > 0) {
            return value.subtract(upper);
        }
        return BigDecimal.ZERO;
    }
}
