package org.improvementtracker.reports.word;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.improvementtracker.reports.office.OfficeText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A Word document on A4 landscape with real heading styles, so Word's navigation pane lists the
 * sections, and nothing protected, so the committee clerk can add a covering report. POI's blank
 * document has no styles at all: {@link #STYLES} defines the ones we use.
 */
final class WordDocument implements AutoCloseable {

    /** A4 in twentieths of a point, turned on its side. */
    private static final long A4_LONG = 16838;
    private static final long A4_SHORT = 11906;
    private static final long MARGIN = 850;

    /** The width of the text between the margins, which tables share out. */
    static final long TEXT_WIDTH = A4_LONG - 2 * MARGIN;

    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>
                  <w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>
                <w:rPr><w:b/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
                <w:tblPr><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>
                <w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>""";

    private final XWPFDocument document = new XWPFDocument();

    WordDocument(String title) {
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
        } catch (XmlException broken) {
            throw new IllegalStateException("The Word styles do not parse", broken);
        }
        document.getProperties().getCoreProperties().setTitle(title);
        landscapeA4();
    }


    void title(String text) {
        styled("Title", text);
    }

    /** Level 1 or 2: what the navigation pane and a table of contents list. */
    void heading(int level, String text) {
        styled("Heading" + level, text);
    }

    /** A paragraph of user text with its line breaks kept. */
    void paragraph(String text) {
        lines(document.createParagraph(), text, false);
    }

    /** "Plan: Improvement plan": a fact of the cover, its name in bold. */
    void fact(String name, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun label = paragraph.createRun();
        label.setBold(true);
        label.setText(name + ": ");
        lines(paragraph, value, false);
    }

    WordTable table(List<String> headers) {
        return new WordTable(document, headers);
    }

    void write(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** Writes the text into the paragraph, a break between its lines, as one run. */
    static XWPFRun lines(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        List<String> lines = OfficeText.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
        return run;
    }

    private void styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        paragraph.createRun().setText(OfficeText.clean(text).replace('\n', ' '));
    }

    private void landscapeA4() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_LONG));
        size.setH(BigInteger.valueOf(A4_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }
}
