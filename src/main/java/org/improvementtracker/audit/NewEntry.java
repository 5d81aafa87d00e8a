package org.improvementtracker.audit;

import java.time.Instant;

import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditSubject;

/** An entry about to be stored, with before and after already written as JSON. */
record NewEntry(Long organisationId, Instant at, Actor actor, String clientAddress, AuditSubject subject,
        AuditAction action, String beforeJson, String afterJson) {
}
