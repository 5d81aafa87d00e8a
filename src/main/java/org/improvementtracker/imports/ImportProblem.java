package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Something wrong with an uploaded file, named the way its owner finds it: the file, the sheet (or Word
 * table), row and column letter, what the cell held and what to do. Place, row, column and value are null
 * where the problem is with the file as a whole.
 */
public record ImportProblem(Severity severity, String file, String place, Integer row, String column, String value,
        String message) {

    /** An error stops the import; a warning is shown with the preview and the import may go on. */
    public enum Severity {
        ERROR, WARNING
    }

    static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(Severity.ERROR, file, null, null, null, null, message);
    }

    /** The spreadsheet's letter for a 0-based column: A, B, … Z, AA, AB, … */
    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /** "Sheet 'Actions', row 12, column C", or "The file" when the whole file is at fault. */
    public String where() {
        String where = String.join(", ", parts());
        return where.isEmpty() ? "The file" : Character.toUpperCase(where.charAt(0)) + where.substring(1);
    }

    /** "plan.xlsx, Sheet 'Actions', row 12, column C: Column A already holds this (it holds ‘Actions’)" */
    public String sentence() {
        List<String> parts = new ArrayList<>();
        if (file != null) {
            parts.add(file);
        }
        parts.addAll(parts());
        StringBuilder sentence = new StringBuilder(parts.isEmpty() ? "The file" : String.join(", ", parts));
        sentence.append(": ").append(message);
        if (value != null && !value.isBlank()) {
            sentence.append(" (it holds ‘").append(value).append("’)");
        }
        return sentence.toString();
    }

    private List<String> parts() {
        List<String> parts = new ArrayList<>();
        if (place != null) {
            parts.add(place);
        }
        if (row != null) {
            parts.add("row " + row);
        }
        if (column != null) {
            parts.add("column " + column);
        }
        return parts;
    }
}
