package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the header row of an imported table wherever it is (below a title block or an indicator table),
 * and proposes which plan field each column holds.
 *
 * <p>The header is the row, within the first {@value #SEARCHED_ROWS}, whose cells match the most headings
 * in {@link HeaderSynonyms} (at least two). A heading split over two rows ("Strategic" above "Lead
 * Officer", as text from a PDF comes) is found by trying each row joined cell by cell with the next: the
 * pair wins when it matches more than either row alone. Below the header, a row (or pair) naming the same
 * fields in the same columns as at least half the header's do is the header repeated on a new page, and is
 * skipped.
 */
public final class HeaderFinder {

    static final int SEARCHED_ROWS = 30;
    private static final int MIN_MATCHES = 2;

    public ColumnProposal propose(SourceTable table) {
        List<SourceRow> rows = table.rows();
        int width = table.width();
        Header header = null;
        for (int at = 0; at < Math.min(rows.size(), SEARCHED_ROWS); at++) {
            Header candidate = headerAt(rows, at, width);
            if (candidate.matches() >= MIN_MATCHES && (header == null || candidate.matches() > header.matches())) {
                header = candidate;
            }
        }
        if (header == null) {
            return new ColumnProposal(table, List.of(), List.of(), List.of(), List.of(), List.of(
                    new ImportProblem(ImportProblem.Severity.WARNING, table.fileName(), table.place(), null, null, null,
                            "No header row was found in the first " + SEARCHED_ROWS + " rows: the table needs a "
                                    + "row naming its columns, such as Action, Lead and Timescale")));
        }
        return proposal(table, header);
    }

    private static ColumnProposal proposal(SourceTable table, Header header) {
        List<SourceRow> rows = table.rows();
        List<Integer> headerRows = new ArrayList<>();
        for (int at = header.first(); at < header.first() + header.height(); at++) {
            headerRows.add(rows.get(at).number());
        }
        List<ProposedColumn> columns = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (ProposedColumn column : header.columns()) {
            Optional<ProposedColumn> earlier = columns.stream().filter(column::sameAs).findFirst();
            if (earlier.isPresent()) {
                problems.add(new ImportProblem(ImportProblem.Severity.WARNING, table.fileName(), table.place(),
                        headerRows.get(0), column.letter(), column.heading(), "Column " + earlier.get().letter()
                                + " already holds this, so this column is left out unless you choose otherwise"));
                columns.add(new ProposedColumn(column.column(), column.heading(), null, null));
            } else {
                columns.add(column);
            }
        }
        List<Integer> repeated = new ArrayList<>();
        List<SourceRow> data = new ArrayList<>();
        int threshold = Math.max(MIN_MATCHES, (header.matches() + 1) / 2);
        int width = table.width();
        int first = header.first() + header.height();
        // Each row is looked at alone and as the row after: its agreement with the header is worked out once.
        int[] agreeing = new int[rows.size()];
        for (int row = first; row < rows.size(); row++) {
            agreeing[row] = agreement(headings(rows, row, 1, width), columns);
        }
        int at = first;
        while (at < rows.size()) {
            int height = repeatHeight(rows, at, columns, threshold, width, agreeing);
            for (int skipped = 0; skipped < height; skipped++) {
                repeated.add(rows.get(at + skipped).number());
            }
            if (height == 0) {
                data.add(rows.get(at));
            }
            at += Math.max(height, 1);
        }
        return new ColumnProposal(table, headerRows, columns, repeated, data, problems);
    }

    /** How many rows from here repeat the header: 0, 1, or 2 when it is repeated split over two rows. */
    private static int repeatHeight(List<SourceRow> rows, int at, List<ProposedColumn> header, int threshold,
            int width, int[] agreeing) {
        int single = agreeing[at];
        if (at + 1 < rows.size()) {
            int pair = agreement(headings(rows, at, 2, width), header);
            int next = agreeing[at + 1];
            // A pair only when both rows add to it: a data row above a repeated header is not part of it.
            if (pair >= threshold && pair > single && pair > next) {
                return 2;
            }
        }
        return single >= threshold ? 1 : 0;
    }

    private static int agreement(List<ProposedColumn> candidate, List<ProposedColumn> header) {
        int agreeing = 0;
        for (ProposedColumn column : candidate) {
            if (column.mapped() && column.column() < header.size() && column.sameAs(header.get(column.column()))) {
                agreeing++;
            }
        }
        return agreeing;
    }

    /** The header starting at this row: the row alone, or joined with the next when that matches more. */
    private static Header headerAt(List<SourceRow> rows, int at, int width) {
        Header single = new Header(at, 1, headings(rows, at, 1, width));
        if (at + 1 >= rows.size()) {
            return single;
        }
        Header pair = new Header(at, 2, headings(rows, at, 2, width));
        Header next = new Header(at + 1, 1, headings(rows, at + 1, 1, width));
        return pair.matches() > single.matches() && pair.matches() > next.matches() ? pair : single;
    }

    /** Each column's heading over the given rows, joined with a space, and the field it names if any. */
    private static List<ProposedColumn> headings(List<SourceRow> rows, int at, int height, int width) {
        List<ProposedColumn> columns = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            StringBuilder heading = new StringBuilder();
            for (int row = at; row < at + height; row++) {
                String cell = rows.get(row).cell(column).replace('\n', ' ').strip();
                if (!cell.isEmpty()) {
                    heading.append(heading.isEmpty() ? "" : " ").append(cell);
                }
            }
            String text = heading.toString();
            int position = column;
            columns.add(HeaderSynonyms.match(column, text)
                    .orElseGet(() -> new ProposedColumn(position, text, null, null)));
        }
        return columns;
    }

    private record Header(int first, int height, List<ProposedColumn> columns) {

        int matches() {
            return (int) columns.stream().filter(ProposedColumn::mapped).count();
        }
    }
}
