package org.improvementtracker.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The tables on every sheet of an Excel workbook (.xlsx), several to a sheet where fully blank rows part
 * them (an indicator table above the action table). Cells read as Excel shows them: numbers and dates in
 * the cell's format, formulas as their last calculated value (never recalculated). In a merged range only
 * the top-left cell keeps its text.
 *
 * <p>Sheets are read as a stream of XML events (POI's {@link XSSFReader}), one at a time, so that only the
 * cells' text is held, never a model of the whole workbook: a 5,000-action plan reads in a small heap.
 */
public final class WorkbookTables implements TableReader {

    private final ImportLimits limits;

    public WorkbookTables(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<SourceTable> read(String fileName, byte[] file) {
        limits.check(fileName, file);
        return OfficeFiles.read(fileName, file, OfficeFiles.Kind.EXCEL, pack -> tables(fileName, pack));
    }

    private static List<SourceTable> tables(String fileName, OPCPackage pack) throws Exception {
        XSSFReader workbook = new XSSFReader(pack);
        // Phonetic guides (furigana) are not part of the text Excel shows in the cell.
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pack, false);
        StylesTable styles = workbook.getStylesTable();
        // Without a styles part Excel shows every number in the General format, as the default styles do.
        StylesTable shown = styles == null ? new StylesTable() : styles;
        DataFormatter formatter = WorkbookFormatter.of(workbook);
        List<SourceTable> tables = new ArrayList<>();
        XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                SheetRows rows = new SheetRows();
                XMLReader parser = XMLHelper.newXMLReader();
                SheetEvents events = new SheetEvents(parser, rows);
                events.setContentHandler(new XSSFSheetXMLHandler(shown, null, strings, rows, formatter, false));
                events.parse(new InputSource(sheet));
                tables.addAll(SourceTable.splitAtBlankRows(fileName, sheets.getSheetName(), rows.rows()));
            }
        }
        return tables;
    }
}
