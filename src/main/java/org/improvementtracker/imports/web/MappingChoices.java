package org.improvementtracker.imports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.imports.FileColumns;

/**
 * The mapping form's rows and how its fields become a mapping: a select of the plan's parts per column
 * ({@code field-C}) and, for ratings and updates, the period beside it ({@code period-C}).
 */
final class MappingChoices {

    /** A choice in each column's select: the field's key and how the form names it. */
    record Field(String key, String label) {
    }

    /** A column of the form as shown: what the file holds and what is chosen for it. */
    record Row(String letter, String heading, String sample, String field, String period) {
    }

    static final List<Field> FIELDS = List.of(new Field("", "Not imported"), new Field("section", "Section (priority)"),
            new Field("outcome", "Outcome"), new Field("action", "Action"),
            new Field("successMeasures", "Success measures"), new Field("lead", "Lead officer"),
            new Field("responsibleOfficer", "Responsible officer"), new Field("timescale", "Timescale"),
            new Field("evidenceOfImpact", "Evidence of impact"), new Field("rating", "Rating (give the period)"),
            new Field("update", "Progress update (give the period)"));

    private MappingChoices() {
    }

    static List<Row> rows(List<FileColumns.Column> columns, Map<String, String> keys) {
        return columns.stream().map(column -> {
            String key = keys.getOrDefault(column.letter(), "");
            int colon = key.indexOf(':');
            return new Row(column.letter(), column.heading(), column.sample(), colon < 0 ? key : key.substring(0, colon),
                    colon < 0 ? "" : key.substring(colon + 1));
        }).toList();
    }

    /** Column letter → field key ("rating:01/18"), from the form's fields; a period is kept only with a field. */
    static Map<String, String> keys(Map<String, String> form) {
        Map<String, String> keys = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("field-") && value != null && !value.isBlank()) {
                String letter = name.substring("field-".length());
                String period = form.getOrDefault("period-" + letter, "").strip();
                keys.put(letter, period.isEmpty() ? value.strip() : value.strip() + ":" + period);
            }
        });
        return keys;
    }
}
