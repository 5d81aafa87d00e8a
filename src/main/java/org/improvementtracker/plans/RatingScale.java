package org.improvementtracker.plans;

/** The rating scales of DESIGN.md section 3; the reporting cycle gives them their levels. */
public enum RatingScale {
    PROGRESS_5("Progress, 1 to 5"),
    RAG("Red, amber, green"),
    BRAG("Blue, red, amber, green");

    private final String label;

    RatingScale(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
