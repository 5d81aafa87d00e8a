package org.improvementtracker.reports.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reporting.Score;
import org.improvementtracker.reports.office.OfficeText;
import org.improvementtracker.support.SpreadsheetText;

/**
 * One sheet, written top to bottom: optional lines above (a title, the cover's facts), then a table
 * whose header row is frozen and carries an auto-filter. Numbers go in as numbers with a format that
 * shows them as the board reads them; text goes in as text, never as a formula.
 */
final class ExcelSheet {

    private static final int LONGEST_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String DATE = "d mmm yyyy";
    private static final String MONTH = "mmm yyyy";

    /** Points a line of Excel's default 11 point font takes, and the most a row may be. */
    private static final float LINE_HEIGHT = 15f;
    private static final float TALLEST_ROW = 409f;

    /** Proportional text runs a little wider than a column's width in characters says. */
    private static final double CHARACTER_SPREAD = 1.15;

    private final Sheet sheet;
    private final ExcelStyles styles;
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private Row row;
    private int column;

    ExcelSheet(Sheet sheet, ExcelStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** A line of text on its own, such as the report's title or a paragraph of the narrative. */
    ExcelSheet line(String text) {
        row();
        return text(text);
    }

    /** "Plan | Improvement plan": a fact in two cells. */
    ExcelSheet fact(String name, String value) {
        row();
        return text(name).text(value);
    }

    ExcelSheet fact(String name, LocalDate value) {
        row();
        return text(name).date(value);
    }

    /** Leaves a row empty between parts of the sheet. */
    ExcelSheet gap() {
        nextRow++;
        return this;
    }

    /** Starts the sheet's table: its header row is frozen, and filters cover the rows that follow. */
    ExcelSheet table(List<Column> headings) {
        row();
        headerRow = row.getRowNum();
        columns = headings.size();
        for (Column heading : headings) {
            sheet.setColumnWidth(column, heading.width() * 256);
            Cell cell = row.createCell(column++);
            cell.setCellValue(OfficeText.clean(heading.heading()));
            cell.setCellStyle(styles.header());
        }
        sheet.createFreezePane(0, headerRow + 1);
        for (int above = 0; above < headerRow; above++) {
            fit(sheet.getRow(above));
        }
        return this;
    }

    /** Starts the next row; its cells follow, left to right. */
    ExcelSheet row() {
        fit(row);
        row = sheet.createRow(nextRow++);
        column = 0;
        return this;
    }

    /** User text as typed: line breaks kept, never a formula, cut only at Excel's limit of a cell. */
    ExcelSheet text(String text) {
        String clean = OfficeText.clean(text);
        if (clean.length() > LONGEST_TEXT) {
            clean = clean.substring(0, LONGEST_TEXT - 1) + "…";
        }
        Cell cell = next();
        cell.setCellValue(clean);
        cell.setCellStyle(SpreadsheetText.looksLikeFormula(clean) ? styles.formulaLikeText() : styles.text());
        return this;
    }

    ExcelSheet lines(List<String> lines) {
        return text(String.join("\n", lines));
    }

    /** A number with its format, or the words given when there is none ("No data"), never 0. */
    ExcelSheet number(BigDecimal value, String format, String otherwise) {
        if (value == null) {
            return text(otherwise);
        }
        Cell cell = next();
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.number(format));
        return this;
    }

    /** An indicator's figure as the board reads it, in the indicator's unit, or the words given when missing. */
    ExcelSheet figure(Indicator indicator, BigDecimal value, String otherwise) {
        return number(IndicatorFormat.shown(indicator, value), IndicatorFormat.of(indicator), otherwise);
    }

    ExcelSheet count(int value) {
        return number(BigDecimal.valueOf(value), "0", "");
    }

    /** A score as the board reads it, to one decimal place; "Not rated" is words, not 0. */
    ExcelSheet score(Score score) {
        return number(score.rounded(), "0.0", score.display());
    }

    ExcelSheet date(LocalDate value) {
        if (value == null) {
            return text("");
        }
        Cell cell = next();
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(DATE));
        return this;
    }

    ExcelSheet month(YearMonth value) {
        Cell cell = next();
        cell.setCellValue(value.atDay(1));
        cell.setCellStyle(styles.number(MONTH));
        return this;
    }

    /** A rating as its number, shown with its words and filled in its colour; "Not rated" in words. */
    ExcelSheet rating(RatingScale scale, Integer value) {
        var level = scale.level(value);
        if (level.isEmpty()) {
            return text(scale.text(value));
        }
        Cell cell = next();
        cell.setCellValue(level.get().value());
        cell.setCellStyle(styles.rating(level.get()));
        return this;
    }

    /** Puts the auto-filter over the table's header and rows, once they are all written. */
    void finish() {
        fit(row);
        if (headerRow >= 0) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns - 1));
        }
    }

    /**
     * Makes the row tall enough for its wrapped text: readers do not all grow rows to fit, and a
     * cut-off update is worse than a tall row. Rows of one line keep the default height.
     */
    private void fit(Row written) {
        if (written == null) {
            return;
        }
        int lines = 1;
        for (Cell cell : written) {
            if (cell.getCellType() == CellType.STRING) {
                lines = Math.max(lines, lines(cell.getStringCellValue(), sheet.getColumnWidth(cell.getColumnIndex()) / 256));
            }
        }
        if (lines > 1) {
            written.setHeightInPoints(Math.min(TALLEST_ROW, lines * LINE_HEIGHT));
        }
    }

    private static int lines(String text, int widthInCharacters) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() * CHARACTER_SPREAD / Math.max(1, widthInCharacters)));
        }
        return lines;
    }

    private Cell next() {
        return row.createCell(column++);
    }
}
