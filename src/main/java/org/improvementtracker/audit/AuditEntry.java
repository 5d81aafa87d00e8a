package org.improvementtracker.audit;

import java.time.Instant;

import org.improvementtracker.support.audit.AuditAction;

/**
 * One stored entry as it is read back, with the link to its subject when that still exists.
 *
 * @param link where the subject can be seen now (its indicator, action or plan page), or null when it is gone
 */
public record AuditEntry(long id, Instant at, Long actorAccountId, String actorName, String clientAddress,
        String subjectType, Long subjectId, String subjectLabel, Long planId, Long actionId, AuditAction action,
        String beforeJson, String afterJson, String link) {

    /** "Lee Ward", or what did it when no one was signed in (a scheduled job, a failed sign-in). */
    public String who() {
        if (actorName != null) {
            return actorName;
        }
        return action == AuditAction.SIGN_IN_FAILURE ? "Unknown (sign-in failed)" : "The application";
    }
}
