package org.improvementtracker.reporting;

/** States derived from an action's dates and ratings (DESIGN.md section 3), never typed in. */
public enum ActionState {
    OVERDUE("Overdue", "red"),
    NO_UPDATE("No update", "orange"),
    STALLED("Stalled", "purple"),
    COMPLETED("Completed", "blue");

    private final String label;
    private final String colour;

    ActionState(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
