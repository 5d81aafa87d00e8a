package org.improvementtracker.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.SpreadsheetText;

/** The formats a plan's actions download in; every cell is text, and text a spreadsheet would run is neutralised. */
public enum PlanActionsFile {

    CSV("text/csv", "csv") {
        @Override
        public void write(List<PlanActionRow> rows, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = CSVFormat.EXCEL.builder().setHeader(PlanActionRow.HEADINGS.toArray(String[]::new)).get()
                    .print(writer);
            for (PlanActionRow row : rows) {
                printer.printRecord(cells(row).stream().map(SpreadsheetText::neutralised).toList());
            }
            printer.flush();
        }
    },

    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") {
        @Override
        public void write(List<PlanActionRow> rows, OutputStream out) throws IOException {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                SXSSFSheet sheet = workbook.createSheet("Actions");
                CellStyle heading = workbook.createCellStyle();
                Font bold = workbook.createFont();
                bold.setBold(true);
                heading.setFont(bold);
                CellStyle text = workbook.createCellStyle();
                text.setWrapText(true);
                CellStyle formulaLike = workbook.createCellStyle();
                formulaLike.cloneStyleFrom(text);
                formulaLike.setQuotePrefixed(true);
                Row headings = sheet.createRow(0);
                for (int column = 0; column < PlanActionRow.HEADINGS.size(); column++) {
                    headings.createCell(column).setCellValue(PlanActionRow.HEADINGS.get(column));
                    headings.getCell(column).setCellStyle(heading);
                }
                sheet.createFreezePane(0, 1);
                int number = 1;
                for (PlanActionRow row : rows) {
                    Row sheetRow = sheet.createRow(number++);
                    List<String> cells = cells(row);
                    for (int column = 0; column < cells.size(); column++) {
                        String value = cells.get(column);
                        if (value != null) {
                            sheetRow.createCell(column).setCellValue(value);
                            sheetRow.getCell(column).setCellStyle(
                                    SpreadsheetText.looksLikeFormula(value) ? formulaLike : text);
                        }
                    }
                }
                workbook.write(out);
            }
        }
    };

    private final String mediaType;
    private final String extension;

    PlanActionsFile(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public abstract void write(List<PlanActionRow> rows, OutputStream out) throws IOException;

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @throws InvalidInputException naming {@code format} for anything but csv or xlsx */
    public static PlanActionsFile of(String format) {
        for (PlanActionsFile file : values()) {
            if (file.extension.equals(format == null ? "" : format.strip().toLowerCase(Locale.ROOT))) {
                return file;
            }
        }
        throw new InvalidInputException("format", "Choose csv or xlsx");
    }

    /** The row's cells in heading order; success measures one a line. */
    static List<String> cells(PlanActionRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.sectionNumber());
        cells.add(row.sectionTitle());
        cells.add(row.outcomeNumber());
        cells.add(row.outcomeText());
        cells.add(row.reference());
        cells.add(row.description());
        cells.add(row.lead());
        cells.add(row.responsibleOfficer());
        cells.add(row.timescale());
        cells.add(row.dueDate() == null ? null : row.dueDate().toString());
        cells.add(row.successMeasures().isEmpty() ? null : String.join("\n", row.successMeasures()));
        cells.add(row.latestRating());
        cells.add(row.ratedIn());
        return cells;
    }
}
