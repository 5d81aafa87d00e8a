package org.improvementtracker.imports;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A worksheet's XML events on their way to POI's sheet handler, with what that handler leaves out: the
 * merged ranges, passed to the {@link SheetRows}, and error values, which it writes as "ERROR:#DIV/0!"
 * where Excel shows "#DIV/0!".
 */
final class SheetEvents extends XMLFilterImpl {

    private final SheetRows rows;

    SheetEvents(XMLReader parser, SheetRows rows) {
        super(parser);
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "mergeCell".equals(localName)) {
            String reference = attributes.getValue("ref");
            if (reference != null) {
                rows.merged(CellRangeAddress.valueOf(reference));
            }
        }
        if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "c".equals(localName) && "e".equals(attributes.getValue("t"))) {
            super.startElement(uri, localName, qName, asText(attributes));
            return;
        }
        super.startElement(uri, localName, qName, attributes);
    }

    /** The cell's attributes with its type as a formula's text result, which the handler passes on as it is. */
    private static Attributes asText(Attributes attributes) {
        AttributesImpl text = new AttributesImpl(attributes);
        text.setValue(text.getIndex("t"), "str");
        return text;
    }
}
