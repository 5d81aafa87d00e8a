package org.improvementtracker.notifications;

/** Why a person was written to. */
public enum NotificationKind {
    UPDATES_REQUESTED("Updates requested", "Go to my actions"),
    REMINDER("Reminder", "Go to my actions"),
    DEADLINE("Deadline", "Go to my actions"),
    UPDATE_RETURNED("Update returned", "Change the update"),
    INVITATION("Invitation", "Sign in");

    private final String label;
    private final String linkText;

    NotificationKind(String label, String linkText) {
        this.label = label;
        this.linkText = linkText;
    }

    /** The words of the link to the page the message is about. */
    public String linkText() {
        return linkText;
    }

    public String label() {
        return label;
    }
}
