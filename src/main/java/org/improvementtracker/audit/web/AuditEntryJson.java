package org.improvementtracker.audit.web;

import java.time.Instant;

import org.improvementtracker.audit.AuditEntry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An entry in the API: before and after as the JSON objects they were stored as, not as strings. */
record AuditEntryJson(long id, Instant at, Who who, String from, What what, Long planId, Long actionId, String action,
        JsonNode before, JsonNode after) {

    /** The account that made the change (null for the application itself), by its name at the time. */
    record Who(Long accountId, String name) {
    }

    record What(String type, Long id, String label) {
    }

    static AuditEntryJson of(JsonMapper json, AuditEntry entry) {
        return new AuditEntryJson(entry.id(), entry.at(), new Who(entry.actorAccountId(), entry.who()),
                entry.clientAddress(), new What(entry.subjectType(), entry.subjectId(), entry.subjectLabel()),
                entry.planId(), entry.actionId(), entry.action().name(), tree(json, entry.beforeJson()),
                tree(json, entry.afterJson()));
    }

    private static JsonNode tree(JsonMapper json, String text) {
        return text == null ? null : json.readTree(text);
    }
}
