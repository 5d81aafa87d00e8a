package org.improvementtracker.imports;

import java.util.List;

/**
 * What {@link HeaderFinder} makes of one table: the header's row numbers (two when the heading is split
 * over two rows), a proposed field for each column, the rows that repeat the header (as on every printed
 * page) and are skipped, the data rows below the header, and warnings for the person confirming it. A table
 * with no recognisable header has no header rows, no columns and a warning saying so.
 */
public record ColumnProposal(SourceTable table, List<Integer> headerRows, List<ProposedColumn> columns,
        List<Integer> repeatedHeaderRows, List<SourceRow> dataRows, List<ImportProblem> problems) {

    public ColumnProposal {
        headerRows = List.copyOf(headerRows);
        columns = List.copyOf(columns);
        repeatedHeaderRows = List.copyOf(repeatedHeaderRows);
        dataRows = List.copyOf(dataRows);
        problems = List.copyOf(problems);
    }

    public boolean headerFound() {
        return !headerRows.isEmpty();
    }

    /** The mapped columns only. */
    public List<ProposedColumn> mapped() {
        return columns.stream().filter(ProposedColumn::mapped).toList();
    }
}
