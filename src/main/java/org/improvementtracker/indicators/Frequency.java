package org.improvementtracker.indicators;

import java.time.YearMonth;

/**
 * How often an indicator gets a value. Quarterly values are entered against the quarter's last month
 * (June, September, December, March), so only those months can be missing.
 */
public enum Frequency {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a value is due for the month: every month, or the last month of each quarter. */
    public boolean expects(YearMonth month) {
        return this == MONTHLY || month.getMonthValue() % 3 == 0;
    }
}
