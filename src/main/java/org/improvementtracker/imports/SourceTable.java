package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A table found in an uploaded file: the file's name, where in it (an Excel sheet's name, or the Word
 * table's number in document order, or neither for a CSV) and its rows, numbered as the source numbers them.
 */
public record SourceTable(String fileName, String sheet, Integer tableNumber, List<SourceRow> rows) {

    public SourceTable {
        rows = List.copyOf(rows);
    }

    /** The row number the table starts at in its sheet or file. */
    public int firstRow() {
        return rows.isEmpty() ? 1 : rows.get(0).number();
    }

    /** "Sheet 'Actions'", "Table 2", or null for a CSV file, which is a single table of rows. */
    public String place() {
        if (sheet != null) {
            return "Sheet '" + sheet + "'";
        }
        return tableNumber == null ? null : "Table " + tableNumber;
    }

    /** How many columns the widest row has. */
    public int width() {
        return rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    }

    /**
     * The tables in a run of rows, where a spreadsheet or CSV holds several one below the other: a fully
     * blank row (or a gap in the row numbers, which is how a workbook leaves out empty rows) ends a table,
     * and blank rows before or between tables belong to none.
     */
    static List<SourceTable> splitAtBlankRows(String fileName, String sheet, List<SourceRow> rows) {
        List<SourceTable> tables = new ArrayList<>();
        List<SourceRow> current = new ArrayList<>();
        for (SourceRow row : rows) {
            boolean afterGap = !current.isEmpty() && row.number() > current.get(current.size() - 1).number() + 1;
            if (row.blank() || afterGap) {
                addIfAny(tables, fileName, sheet, current);
                current = new ArrayList<>();
            }
            if (!row.blank()) {
                current.add(row);
            }
        }
        addIfAny(tables, fileName, sheet, current);
        return tables;
    }

    private static void addIfAny(List<SourceTable> tables, String fileName, String sheet, List<SourceRow> rows) {
        if (!rows.isEmpty()) {
            tables.add(new SourceTable(fileName, sheet, null, rows));
        }
    }
}
