package org.improvementtracker.audit;

import java.time.Instant;

/**
 * Which entries of an organisation to read, newest first: any filter may be null. Paging is by keyset:
 * {@code before} is the id of the last entry already shown, so a page never counts or skips rows.
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditQuery(Long planId, Long actionId, Long actorAccountId, String subjectType, String action,
        Instant from, Instant to, Long before, int limit) {

    public static final int PAGE = 50;
    public static final int MAX_LIMIT = 500;

    public static AuditQuery ofPlan(long planId, Long before, int limit) {
        return new AuditQuery(planId, null, null, null, null, null, null, before, limit);
    }

    public static AuditQuery ofAction(long planId, long actionId, Long before, int limit) {
        return new AuditQuery(planId, actionId, null, null, null, null, null, before, limit);
    }

    /** The same filters without paging: what an export writes. */
    public AuditQuery unpaged() {
        return new AuditQuery(planId, actionId, actorAccountId, subjectType, action, from, to, null, 0);
    }
}
