package org.improvementtracker.indicators;

/** What an indicator's values are measured in. Percentages and rates may carry a numerator and denominator. */
public enum Unit {
    PERCENTAGE("Percentage", "%"),
    COUNT("Count", ""),
    DAYS("Days", " days"),
    RATE_PER_10000("Rate per 10,000", " per 10,000"),
    NUMBER("Number", "");

    private final String label;
    private final String suffix;

    Unit(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
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
}
