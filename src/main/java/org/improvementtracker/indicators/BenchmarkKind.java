package org.improvementtracker.indicators;

/** Whom an indicator is compared with, as published in the national returns. */
public enum BenchmarkKind {
    STATISTICAL_NEIGHBOURS("Statistical neighbours"),
    ENGLAND("England"),
    REGION("Region");

    private final String label;

    BenchmarkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
