package org.improvementtracker.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.improvementtracker.support.InvalidInputException;

/**
 * Which column holds which part of the plan, by column letter, as the person importing confirmed it. One
 * mapping serves every action table of the file: a plan's tables repeat one layout (each Word table, each
 * priority's sheet). Columns left out of the mapping are not imported.
 */
public record ColumnMapping(Map<String, MappedField> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** The mapping the headers propose: the first table with a header found, its mapped columns. */
    public static ColumnMapping proposed(List<ColumnProposal> proposals) {
        Map<String, MappedField> columns = new LinkedHashMap<>();
        proposals.stream().filter(ColumnProposal::headerFound).findFirst().ifPresent(proposal -> proposal.mapped()
                .forEach(column -> columns.put(column.letter(), MappedField.of(column))));
        return new ColumnMapping(columns);
    }

    /** A mapping as forms and the API send it: column letter → field key (see {@link MappedField}). */
    public static ColumnMapping parse(Map<String, String> keys) {
        Map<String, MappedField> columns = new LinkedHashMap<>();
        keys.forEach((letter, key) -> {
            String column = letter == null ? "" : letter.strip().toUpperCase(java.util.Locale.ROOT);
            if (!column.matches("[A-Z]{1,3}")) {
                throw new InvalidInputException("mapping", "'" + letter + "' is not a column letter such as A or AB");
            }
            if (key != null && !key.isBlank() && !key.strip().equals("ignore")) {
                columns.put(column, MappedField.parse("mapping." + column, key));
            }
        });
        return new ColumnMapping(columns);
    }

    /** Column letter → field key, in column order (A, B, … Z, AA): how the preview shows the mapping. */
    public Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        columns.keySet().stream().sorted((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b))
                .forEach(letter -> keys.put(letter, columns.get(letter).key()));
        return keys;
    }

    public Optional<MappedField> of(String letter) {
        return Optional.ofNullable(columns.get(letter));
    }
}
