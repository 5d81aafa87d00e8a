package org.improvementtracker.notifications;

/** Where the email copy of a notification stands; the in-app copy is always there. */
public enum EmailStatus {
    NOT_SENT_NO_ADDRESS("Not emailed: no email address"),
    NOT_SENT_NO_SMTP("Not emailed: email is not set up"),
    PENDING("Waiting to be sent"),
    /** Handed to the mail server; a row left here by a crash is not sent again, so nobody gets it twice. */
    SENDING("Being sent"),
    SENT("Sent"),
    FAILED("Failed");

    private final String label;

    EmailStatus(String label) {
        this.label = label;
    }

    /** A new notification is emailed when mail is set up and the person has an address. */
    static EmailStatus of(String address, boolean mailSetUp) {
        if (address == null || address.isBlank()) {
            return NOT_SENT_NO_ADDRESS;
        }
        return mailSetUp ? PENDING : NOT_SENT_NO_SMTP;
    }

    public String label() {
        return label;
    }
}
