package org.improvementtracker.reports.excel;

import java.math.BigDecimal;

import org.improvementtracker.indicators.Indicator;

/**
 * The Excel number format that shows an indicator's figures as the board pack writes them: its
 * decimals and its unit ({@code 0.0"%"}, {@code 0" days"}, {@code 0.0" per 10,000"}). A percentage is
 * stored as the figure the board reads (42.5), so the unit is text in the format, not Excel's %.
 */
final class IndicatorFormat {

    private IndicatorFormat() {
    }

    /** The figure as the board reads it: rounded half up to the indicator's decimals; null stays null. */
    static BigDecimal shown(Indicator indicator, BigDecimal value) {
        return value == null ? null : indicator.unit().round(value, indicator.decimals());
    }

    static String of(Indicator indicator) {
        String digits = indicator.decimals() > 0 ? "0." + "0".repeat(indicator.decimals()) : "0";
        String suffix = indicator.unit().suffix();
        return suffix.isEmpty() ? "#,##" + digits : digits + "\"" + suffix + "\"";
    }
}
