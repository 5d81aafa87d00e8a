package org.improvementtracker.reports.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.improvementtracker.reports.Report;

/**
 * A workbook written as a stream: only the last rows of each sheet stay in memory, so a plan of
 * thousands of actions writes in bounded memory. Sheets are written one after the other.
 */
final class ExcelBook implements AutoCloseable {

    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    /** The sheets every kind of report may have; sheets named after user text never take these names. */
    static final String SUMMARY = "Summary";
    static final String RATING_KEY = "Rating key";
    static final String INDICATORS = "Indicators";
    static final String EXCEPTIONS = "Exceptions";
    static final String COMPLETED = "Completed";
    static final String GLOSSARY = "Glossary";
    static final String OVERDUE = "Overdue";
    static final String OFF_TARGET = "Off target";
    private static final String[] FIXED_SHEETS = {SUMMARY, RATING_KEY, INDICATORS, EXCEPTIONS, COMPLETED, GLOSSARY,
            OVERDUE, OFF_TARGET};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final ExcelStyles styles = new ExcelStyles(workbook);
    private final SheetNames names = new SheetNames();
    private final List<ExcelSheet> sheets = new ArrayList<>();

    ExcelBook(Report report) {
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setTitle(report.title() + ": " + report.cover().periodLabel());
        names.reserve(FIXED_SHEETS);
    }

    /** A sheet with one of the {@link #FIXED_SHEETS} names. */
    ExcelSheet sheet(String name) {
        ExcelSheet sheet = new ExcelSheet(workbook.createSheet(name), styles);
        sheets.add(sheet);
        return sheet;
    }

    /** A sheet named after user text, such as a section's heading, made safe and unique. */
    ExcelSheet sheetFor(String wanted) {
        return sheet(names.unique(wanted));
    }

    void write(OutputStream out) throws IOException {
        sheets.forEach(ExcelSheet::finish);
        workbook.write(out);
    }

    /** Deletes the temporary files the streamed sheets were written to, then closes the workbook. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
