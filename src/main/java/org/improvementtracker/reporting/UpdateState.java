package org.improvementtracker.reporting;

/** A progress update's state in moderation. */
public enum UpdateState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    RETURNED("Returned for changes"),
    APPROVED("Approved");

    private final String label;

    UpdateState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A rating counts in scores once it is submitted; drafts and returned updates are not yet a rating. */
    public boolean counts() {
        return this == SUBMITTED || this == APPROVED;
    }

    /** The lead may still change it: nobody has it in moderation and it is not final. */
    public boolean editableByLead() {
        return this == DRAFT || this == RETURNED;
    }
}
