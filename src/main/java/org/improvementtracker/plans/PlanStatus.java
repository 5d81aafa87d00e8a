package org.improvementtracker.plans;

public enum PlanStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    CLOSED("Closed");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
