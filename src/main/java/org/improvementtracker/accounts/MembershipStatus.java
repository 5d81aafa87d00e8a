package org.improvementtracker.accounts;

/** Where someone stands in one organisation. */
public enum MembershipStatus {
    /** Invited and not yet joined: cannot sign in to the organisation. */
    INVITED("Invited"),
    ACTIVE("Active"),
    /** Stopped by an administrator: cannot sign in to the organisation until reactivated. */
    DEACTIVATED("Deactivated");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
