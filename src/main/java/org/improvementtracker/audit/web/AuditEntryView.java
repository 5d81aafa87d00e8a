package org.improvementtracker.audit.web;

import java.util.List;

import org.improvementtracker.audit.AuditEntry;

/** An entry on an audit page: the entry and its readable changes. */
record AuditEntryView(AuditEntry entry, List<FieldChange> changes) {
}
