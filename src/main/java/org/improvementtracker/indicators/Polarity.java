package org.improvementtracker.indicators;

/** Which way an indicator improves (DESIGN.md section 3). */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better", "↑"),
    LOWER_IS_BETTER("Lower is better", "↓"),
    WITHIN_RANGE("Within a range", "↔");

    private final String label;
    private final String symbol;

    Polarity(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }
}
