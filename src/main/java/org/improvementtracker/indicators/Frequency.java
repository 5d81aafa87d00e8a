package org.improvementtracker.indicators;

/** How often an indicator gets a value. Quarterly values are entered against the quarter's last month. */
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
}
