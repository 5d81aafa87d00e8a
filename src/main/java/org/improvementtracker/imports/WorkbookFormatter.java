package org.improvementtracker.imports;

import java.io.InputStream;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Shows a workbook's numbers and dates as Excel does in the UK, including for a workbook that counts its
 * dates from 1904 (as Excel for Mac once did), which would otherwise show every date four years early.
 */
final class WorkbookFormatter {

    private WorkbookFormatter() {
    }

    static DataFormatter of(XSSFReader workbook) throws Exception {
        boolean from1904 = countsFrom1904(workbook);
        return new DataFormatter(Locale.UK) {
            @Override
            public String formatRawCellContents(double value, int formatIndex, String formatString) {
                return formatRawCellContents(value, formatIndex, formatString, from1904);
            }
        };
    }

    private static boolean countsFrom1904(XSSFReader workbook) throws Exception {
        DatePreference preference = new DatePreference();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(preference);
        try (InputStream xml = workbook.getWorkbookData()) {
            parser.parse(new InputSource(xml));
        }
        return preference.from1904;
    }

    /** Reads the workbook's {@code <workbookPr date1904="1"/>}. */
    private static final class DatePreference extends DefaultHandler {

        private boolean from1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "workbookPr".equals(localName)) {
                String date1904 = attributes.getValue("date1904");
                from1904 = "1".equals(date1904) || "true".equals(date1904);
            }
        }
    }
}
