package org.improvementtracker.indicators;

import java.math.BigDecimal;

/**
 * How a value stands against its target, read through the polarity: met; short of it by no more
 * than the tolerance; or missed. A "within a range" indicator meets its target inside the range
 * and is within tolerance when no further outside than the tolerance. Values are compared as given:
 * pass them rounded to the indicator's decimals ({@link Unit#round}) so that what the board reads
 * agrees with the status, never "80.0%, missed" against a target of 80%.
 *
 * <p>API: {@link #of(BigDecimal, BigDecimal, Polarity, Range, BigDecimal)}; {@link #label()}.
 */
public enum TargetStatus {
    MET("Met"),
    WITHIN_TOLERANCE("Within tolerance"),
    MISSED("Missed"),
    NO_TARGET("No target"),
    NO_DATA("No data");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param value the month's value, or null when missing
     * @param target the target in force, or null; not used for {@link Polarity#WITHIN_RANGE}
     * @param range the bounds of a "within a range" indicator, or null when it has none yet
     * @param tolerance how far short still counts as within tolerance; null for none
     */
    public static TargetStatus of(BigDecimal value, BigDecimal target, Polarity polarity, Range range,
            BigDecimal tolerance) {
        if (value == null) {
            return NO_DATA;
        }
        if (polarity == Polarity.WITHIN_RANGE ? range == null : target == null) {
            return NO_TARGET;
        }
        BigDecimal shortfall = switch (polarity) {
            case HIGHER_IS_BETTER -> target.subtract(value);
            case LOWER_IS_BETTER -> value.subtract(target);
            case WITHIN_RANGE -> range.distanceFrom(value);
        };
        if (shortfall.signum() <= 0) {
            return MET;
        }
        return shortfall.compareTo(tolerance == null ? BigDecimal.ZERO : tolerance) <= 0 ? WITHIN_TOLERANCE : MISSED;
    }
}
