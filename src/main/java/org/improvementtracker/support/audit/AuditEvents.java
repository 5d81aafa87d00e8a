package org.improvementtracker.support.audit;

import java.util.List;

/**
 * Many changes made by one batch write (a grid of indicator values, a form of initial ratings), stored
 * together in one batch statement rather than one statement per change.
 */
public record AuditEvents(List<AuditEvent> changes) {
}
