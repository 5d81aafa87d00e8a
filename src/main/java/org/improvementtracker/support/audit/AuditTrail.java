package org.improvementtracker.support.audit;

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
}
