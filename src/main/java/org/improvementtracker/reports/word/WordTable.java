package org.improvementtracker.reports.word;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reports.office.RatingColours;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A real Word table across the page: its header row repeats on every page a long table runs onto and
 * is marked as the header for screen readers; rows are filled cell by cell, left to right.
 */
final class WordTable {

    private static final String HEADER_FILL = "E5E6E7";

    /** Points: a board pack's action table has a dozen columns or more across the page. */
    private static final int FONT_SIZE = 8;

    private final XWPFTable table;
    private final int columns;
    private XWPFTableRow row;
    private int column;
    private List<String> widths = List.of();

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
            WordDocument.lines(cell.getParagraphs().get(0), headers.get(i), true).setFontSize(FONT_SIZE);
        }
        // A paragraph after the table, so two tables in a row stay two tables.
        document.createParagraph();
    }

    /**
     * Shares the page's width among the columns in proportion to these weights, in a fixed layout, so
     * prose gets the room and a long word wraps inside its cell instead of pushing the others aside;
     * without them the reader sizes the columns.
     */
    WordTable widths(List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        widths = weights.stream().map(weight -> String.valueOf(WordDocument.TEXT_WIDTH * weight / total)).toList();
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        widths.forEach(width -> grid.addNewGridCol().setW(new BigInteger(width)));
        size(table.getRow(0));
        return this;
    }

    /** Starts the next row; its cells follow. */
    WordTable row() {
        row = table.createRow();
        column = 0;
        size(row);
        return this;
    }

    private void size(XWPFTableRow sized) {
        for (int i = 0; i < widths.size(); i++) {
            sized.getCell(i).setWidthType(TableWidthType.DXA);
            sized.getCell(i).setWidth(widths.get(i));
        }
    }

    /** A cell of text, its line breaks kept. */
    WordTable text(String text) {
        WordDocument.lines(next().getParagraphs().get(0), text, false).setFontSize(FONT_SIZE);
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
        WordDocument.lines(cell.getParagraphs().get(0), scale.text(value), false).setFontSize(FONT_SIZE);
        return this;
    }

    private XWPFTableCell next() {
        if (column >= columns) {
            throw new IllegalStateException("The row has only " + columns + " cells");
        }
        return row.getCell(column++);
    }
}
