package org.improvementtracker.indicators;

import java.math.BigDecimal;

/**
 * Which way an indicator is heading: its latest value against the previous one, read through its
 * polarity. A difference no bigger than the tolerance is no change, so noise is not reported as
 * travel. A "within a range" indicator improves as it moves toward its range and declines as it
 * moves away; inside the range both times is no change. Each has words and a symbol, so colour is
 * never the only signal. Values are compared as given: pass them rounded to the indicator's
 * decimals ({@link Unit#round}) so the board never reads "42.5%, improving from 42.5%".
 *
 * <p>API: {@link #of(BigDecimal, BigDecimal, Polarity, Range, BigDecimal)}; {@link #label()};
 * {@link #symbol()}.
 */
public enum DirectionOfTravel {
    IMPROVING("Improving", "↑"),
    DECLINING("Declining", "↓"),
    NO_CHANGE("No change", "→"),
    NOT_COMPARABLE("Not comparable", "–");

    private final String label;
    private final String symbol;

    DirectionOfTravel(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /**
     * @param previous the value before the latest, or null when missing
     * @param latest the latest value, or null when missing
     * @param range the bounds; needed only for {@link Polarity#WITHIN_RANGE}
     * @param tolerance the largest difference that still counts as no change; null for none
     */
    public static DirectionOfTravel of(BigDecimal previous, BigDecimal latest, Polarity polarity, Range range,
            BigDecimal tolerance) {
        if (previous == null || latest == null) {
            return NOT_COMPARABLE;
        }
        // Each polarity becomes "how much better": positive improves, negative declines.
        BigDecimal gain = switch (polarity) {
            case HIGHER_IS_BETTER -> latest.subtract(previous);
            case LOWER_IS_BETTER -> previous.subtract(latest);
            case WITHIN_RANGE -> requireRange(range).distanceFrom(previous).subtract(range.distanceFrom(latest));
        };
        if (gain.abs().compareTo(tolerance == null ? BigDecimal.ZERO : tolerance) <= 0) {
            return NO_CHANGE;
        }
        return gain.signum() > 0 ? IMPROVING : DECLINING;
    }

    private static Range requireRange(Range range) {
        if (range == null) {
            throw new IllegalArgumentException("A \"within a range\" indicator needs its range");
        }
        return range;
    }
}
