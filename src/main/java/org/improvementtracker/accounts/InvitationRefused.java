package org.improvementtracker.accounts;

/** An invitation link that cannot be used, and why, in words for the person who followed it. */
public class InvitationRefused extends RuntimeException {

    public enum Reason {
        UNKNOWN, USED, EXPIRED
    }

    private final Reason reason;

    InvitationRefused(Reason reason) {
        super("Invitation link " + reason.name().toLowerCase());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
