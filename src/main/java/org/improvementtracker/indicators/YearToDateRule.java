package org.improvementtracker.indicators;

/** How an indicator's months add up over the financial year (April to March). */
public enum YearToDateRule {
    SUM("Sum of the months"),
    RATIO_OF_SUMS("Sum of numerators over sum of denominators"),
    MEAN("Mean of the months"),
    LATEST("Latest month");

    private final String label;

    YearToDateRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
