package org.improvementtracker.reports.word;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reports.office.RatingColours;

/**
 * A real Word table across the page: its header row repeats on every page a long table runs onto and
 * is marked as the header for screen readers; rows are filled cell by cell, left to right.
 */
final class WordTable {

    private static final String HEADER_FILL = "E5E6E7";

    private final XWPFTable table;
    private final int columns;
    private XWPFTableRow row;
    private int column;

    WordTable(XWPFDocument document, List<String> headers) {
        this.columns = headers.size();
        this.table = document.createTable(1, columns);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < columns; i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor(HEADER_FILL);
            WordDocument.lines(cell.getParagraphs().get(0), headers.get(i), true);
        }
        // A paragraph after the table, so two tables in a row stay two tables.
        document.createParagraph();
    }

    /** Starts the next row; its cells follow. */
    WordTable row() {
        row = table.createRow();
        column = 0;
        return this;
    }

    /** A cell of text, its line breaks kept. */
    WordTable text(String text) {
        WordDocument.lines(next().getParagraphs().get(0), text, false);
        return this;
    }

    /** A cell of lines, such as success measures or reasons. */
    WordTable lines(List<String> lines) {
        return text(String.join("\n", lines));
    }

    /** A rating: the value in words, on the shade of its colour, so colour is never the only signal. */
    WordTable rating(RatingScale scale, Integer value) {
        XWPFTableCell cell = next();
        scale.level(value).ifPresent(level -> cell.setColor(RatingColours.fill(level)));
        WordDocument.lines(cell.getParagraphs().get(0), scale.text(value), false);
        return this;
    }

    private XWPFTableCell next() {
        if (column >= columns) {
            throw new IllegalStateException("The row has only " + columns + " cells");
        }
        return row.getCell(column++);
    }
}
