package org.improvementtracker.support.audit;

/**
 * A change to put in the audit trail. It is published inside the transaction that makes the change
 * and stored by a synchronous listener, so the entry commits or rolls back with the change. Who made it
 * and from where are taken from the request by the listener.
 *
 * @param before the state before (a record or map, stored as JSON), null for a creation
 * @param after the state after, null for a deletion
 */
public record AuditEvent(long organisationId, AuditSubject subject, AuditAction action, Object before, Object after) {
}
