package org.improvementtracker.reports.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.reports.office.RatingColours;

/**
 * The workbook's cell styles, each made once: a workbook holds a limited number, so a style per cell
 * would break big plans. Every style wraps text and aligns to the top, as the board's tables do.
 */
final class ExcelStyles {

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    ExcelStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle header() {
        return styles.computeIfAbsent("header", key -> {
            XSSFCellStyle style = base();
            Font bold = workbook.createFont();
            bold.setBold(true);
            style.setFont(bold);
            style.setFillForegroundColor(new XSSFColor(hex("E5E6E7"), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.MEDIUM);
            return style;
        });
    }

    CellStyle text() {
        return styles.computeIfAbsent("text", key -> base());
    }

    /**
     * Text a spreadsheet would take for a formula: marked as text (Excel's leading apostrophe, which is
     * not part of the value), so editing the cell does not turn it into one.
     */
    CellStyle formulaLikeText() {
        return styles.computeIfAbsent("formula-like text", key -> {
            XSSFCellStyle style = base();
            style.setQuotePrefixed(true);
            return style;
        });
    }

    /** A number shown with this Excel format, such as {@code 0.0"%"} or {@code d mmm yyyy}. */
    CellStyle number(String format) {
        return styles.computeIfAbsent("number " + format, key -> {
            XSSFCellStyle style = base();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    /** A rating: its value, shown as "3 On track" by its number format, filled in the rating's colour. */
    CellStyle rating(RatingLevel level) {
        return styles.computeIfAbsent("rating " + level.text(), key -> {
            XSSFCellStyle style = base();
            style.setDataFormat(workbook.createDataFormat().getFormat("0\" " + level.label().replace("\"", "") + "\""));
            style.setFillForegroundColor(new XSSFColor(hex(RatingColours.fill(level)), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    private XSSFCellStyle base() {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
