package org.improvementtracker.imports;

import java.util.List;

/**
 * One row as the source shows it: its 1-based number in the sheet, Word table or CSV file, and each cell's
 * text from column A on (blank cells as empty text, trailing blank cells left off).
 */
public record SourceRow(int number, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, empty where the row has no such cell. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
