package org.improvementtracker.support.audit;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Where every feature reports its creates, updates and deletes, in the transaction that makes them. */
@Component
public class AuditTrail {

    private final ApplicationEventPublisher events;

    AuditTrail(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void created(long organisationId, AuditSubject subject, Object after) {
        events.publishEvent(new AuditEvent(organisationId, subject, AuditAction.CREATE, null, after));
    }

    public void updated(long organisationId, AuditSubject subject, Object before, Object after) {
        events.publishEvent(new AuditEvent(organisationId, subject, AuditAction.UPDATE, before, after));
    }

    public void deleted(long organisationId, AuditSubject subject, Object before) {
        events.publishEvent(new AuditEvent(organisationId, subject, AuditAction.DELETE, before, null));
    }

    /** Removed from use but kept, with its history (plans and their parts once a period has been opened, indicators). */
    public void archived(long organisationId, AuditSubject subject, Object before, Object after) {
        events.publishEvent(new AuditEvent(organisationId, subject, AuditAction.ARCHIVE, before, after));
    }

    /** The changes of one batch write, stored in one batch; nothing is published when there are none. */
    public void all(List<AuditEvent> changes) {
        if (!changes.isEmpty()) {
            events.publishEvent(new AuditEvents(List.copyOf(changes)));
        }
    }
}
