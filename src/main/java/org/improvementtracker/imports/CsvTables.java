package org.improvementtracker.imports;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.improvementtracker.support.NotText;
import org.improvementtracker.support.TextEncoding;

/**
 * The tables in a CSV file as Excel saves it: UTF-8 (with or without its byte order mark) or Windows-1252,
 * told apart by whether the bytes are valid UTF-8; commas between cells, or semicolons where the first
 * line has more of them than commas (Excel in much of Europe writes those). Rows are numbered as Excel
 * shows them, a quoted cell with line breaks staying one row; blank rows part tables as in a sheet.
 */
public final class CsvTables implements TableReader {

    private final ImportLimits limits;

    public CsvTables(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<SourceTable> read(String fileName, byte[] file) {
        limits.check(fileName, file);
        if (utf16(file)) {
            throw refused(fileName, "The file is saved as Unicode (UTF-16) text, which is not accepted: in Excel "
                    + "choose Save As and \"CSV UTF-8 (comma delimited)\"");
        }
        Optional<String> notText = NotText.kindOf(file);
        if (notText.isPresent()) {
            throw refused(fileName, "The file is " + notText.get() + ", not a CSV: upload it as it is if it is a "
                    + "Word or Excel file, or save it from Excel as \"CSV UTF-8 (comma delimited)\"");
        }
        String text = TextEncoding.utf8OrWindows1252(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                List<String> cells = records.next().stream().map(Cells::clean).toList();
                rows.add(new SourceRow(rows.size() + 1, Cells.trimmed(cells)));
            }
        } catch (IOException | RuntimeException malformed) {
            throw new UnreadableFile(new ImportProblem(ImportProblem.Severity.ERROR, fileName, null, rows.size() + 1,
                    null, null, "The row cannot be read: a cell opens a quotation mark (\") that never closes. "
                            + "Open the file in Excel, check the row and save it again as CSV"), malformed);
        }
        return SourceTable.splitAtBlankRows(fileName, null, rows);
    }

    /** A byte order mark of UTF-16 in either byte order: "Unicode Text" from Excel, or a text editor's choice. */
    private static boolean utf16(byte[] file) {
        return file.length >= 2 && (file[0] == (byte) 0xFF && file[1] == (byte) 0xFE
                || file[0] == (byte) 0xFE && file[1] == (byte) 0xFF);
    }

    /** Semicolons only when the first line clearly uses them, counting outside quoted text. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static UnreadableFile refused(String fileName, String message) {
        return new UnreadableFile(ImportProblem.ofFile(fileName, message));
    }
}
