package org.improvementtracker.audit.web;

/** One field of an audited record, as it was before and after the change (null where it had no value). */
record FieldChange(String field, String before, String after) {
}
