package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is entered for one month: the value, or the numerator and denominator it comes from, and a
 * note. A null value is a missing value, never 0.
 */
public record Figures(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note) {

    /** Stored values carry four decimals (numeric(14,4)). */
    static final int SCALE = 4;

    public boolean hasRatio() {
        return numerator != null || denominator != null;
    }

    /**
     * Fills in the value of a rate entered as numerator and denominator (a percentage, or a rate per
     * 10,000), so that it is stored as users read it. Other figures are kept as entered.
     */
    Figures withValueFor(Unit unit) {
        if (value != null || numerator == null || denominator == null || denominator.signum() == 0 || !unit.isRatio()) {
            return this;
        }
        BigDecimal per = unit == Unit.PERCENTAGE ? BigDecimal.valueOf(100) : BigDecimal.valueOf(10_000);
        return new Figures(numerator.multiply(per).divide(denominator, SCALE, RoundingMode.HALF_UP), numerator,
                denominator, note);
    }
}
