package org.improvementtracker.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.improvementtracker.audit.AuditEntry;
import org.improvementtracker.support.audit.AuditAction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an entry's before and after JSON into rows people can read: "Due date: 31 Jan 2026 → 31 Mar 2026".
 * Nested records are opened out ("Indicator name"); lists are written on one line. A change lists only the
 * fields that differ; a creation, removal or sign-in lists every field it has.
 */
final class Changes {

    private Changes() {
    }

    static List<FieldChange> of(JsonMapper json, AuditEntry entry) {
        Map<String, String> before = flattened(json, entry.beforeJson());
        Map<String, String> after = flattened(json, entry.afterJson());
        List<String> fields = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(field -> !before.containsKey(field)).forEach(fields::add);
        boolean onlyDifferences = entry.action() == AuditAction.UPDATE;
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!onlyDifferences || !Objects.equals(was, is)) {
                changes.add(new FieldChange(label(field), was, is));
            }
        }
        return changes;
    }

    private static Map<String, String> flattened(JsonMapper json, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text != null) {
            flatten("", json.readTree(text), fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), property.getValue(),
                        fields);
            }
        } else if (node.isNull()) {
            fields.put(prefix.isEmpty() ? "value" : prefix, null);
        } else if (node.isValueNode()) {
            fields.put(prefix.isEmpty() ? "value" : prefix, node.asString());
        } else {
            fields.put(prefix.isEmpty() ? "value" : prefix, node.isEmpty() ? null : node.toString());
        }
    }

    /** "indicator.dueDate" reads as "Indicator due date". */
    static String label(String field) {
        String words = field.replace('.', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
