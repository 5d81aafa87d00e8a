package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What an indicator's values are measured in. Percentages and rates may carry a numerator and denominator.
 *
 * <p>API: {@link #ratio(BigDecimal, BigDecimal)} the value a numerator and denominator make;
 * {@link #round(BigDecimal, int)} and {@link #format(BigDecimal, int)} for display, half up to the
 * indicator's decimals.
 */
public enum Unit {
    PERCENTAGE("Percentage", "%", BigDecimal.valueOf(100)),
    COUNT("Count", "", BigDecimal.ONE),
    DAYS("Days", " days", BigDecimal.ONE),
    RATE_PER_10000("Rate per 10,000", " per 10,000", BigDecimal.valueOf(10_000)),
    NUMBER("Number", "", BigDecimal.ONE);

    /** Far more digits than any indicator needs, so the one rounding that matters is the displayed one. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final String label;
    private final String suffix;
    private final BigDecimal multiplier;

    Unit(String label, String suffix, BigDecimal multiplier) {
        this.label = label;
        this.suffix = suffix;
        this.multiplier = multiplier;
    }

    public String label() {
        return label;
    }

    public String suffix() {
        return suffix;
    }

    /** Values computed from a numerator and denominator: the percentage, or the rate per 10,000. */
    public boolean isRatio() {
        return this == PERCENTAGE || this == RATE_PER_10000;
    }

    /** Numerator over denominator, times 100 for a percentage and 10,000 for a rate; unrounded. */
    public BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(multiplier).divide(denominator, PRECISION);
    }

    /** The value as displayed: half up to the indicator's decimals (as Excel rounds). */
    public BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** "42.5%", "12 days", "31.0 per 10,000": rounded, with the unit's suffix. */
    public String format(BigDecimal value, int decimals) {
        return round(value, decimals).toPlainString() + suffix;
    }
}
