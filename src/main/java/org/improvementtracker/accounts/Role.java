package org.improvementtracker.accounts;

/** Roles within one organisation (DESIGN.md section 7). */
public enum Role {
    ADMINISTRATOR("Administrator"),
    PLAN_OWNER("Plan owner"),
    CONTRIBUTOR("Contributor"),
    VIEWER("Viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canEditPlans() {
        return this == ADMINISTRATOR || this == PLAN_OWNER;
    }
}
