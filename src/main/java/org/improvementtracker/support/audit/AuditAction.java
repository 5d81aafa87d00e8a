package org.improvementtracker.support.audit;

/** What happened to the audited thing. */
public enum AuditAction {
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Deleted"),
    ARCHIVE("Archived"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILURE("Sign-in failed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
