package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The board pack as a Word document: what LibreOffice reads from it says what the scores API says,
 * Word finds its sections as headings and its tables as tables, and text from users comes out as typed.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class WordReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext beans;

    @Autowired
    BoardPackReader packs;

    @Autowired
    ReportWriters writers;

    TypedTextPlan plan;

    @BeforeEach
    void ratedPlan() {
        plan = new TypedTextPlan(beans);
    }

    @Test
    void theBoardPackIsAWordDocumentLibreOfficeReadsWithTheFiguresOfTheScoresApi() throws Exception {
        byte[] pdf = RealReaders.libreOffice(plan.download(mvc, ReportFormat.DOCX, ""), "docx", "pdf");
        String text = RealReaders.pdfText(pdf);
        assertThat(RealReaders.pdfPages(pdf, "board-pack-docx")).as("pages to look at in target/artefacts").isNotEmpty();
        String scores = plan.api(mvc, "/api/plans/" + plan.planId + "/scores?period=" + plan.june.id());

        assertThat(text).contains("Board pack: June 2025", "Rating key", "1. Section 1", "1.1", "1.2", "2.5",
                "Exceptions", "Glossary", "Multi-agency safeguarding hub", "Rated red",
                "1 Not started or significantly delayed", "4 Complete, still monitored", "31 Jan", "Plan said:");
        String planScore = JsonPath.read(scores, "$.plan.display").toString();
        assertThat(text).as("the whole plan's row carries the scores API's figure")
                .containsPattern("Whole plan\\s+\\S+\\s+" + planScore.replace(".", "\\."));
        String yearToDate = JsonPath.read(plan.api(mvc, "/api/plans/" + plan.planId + "/indicators?month=2025-06"),
                "$[0].standing.yearToDate.display").toString();
        assertThat(text.replaceAll("\\s+", " ")).as("the indicator's figures, however their cells wrap")
                .contains("42.5%").contains(yearToDate);
    }

    @Test
    void sectionsAreHeadingsTheNavigationPaneListsAndRatingsAreShadedCellsInWords() throws Exception {
        byte[] docx = plan.download(mvc, ReportFormat.DOCX, "");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(headings).containsSubsequence("Rating key", "Summary", "1. Section 1",
                    "2. " + TypedTextPlan.UNSAFE_SECTION, "Exceptions", "Completed since May 2025", "Glossary");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .as("an outline level is what puts a heading in the navigation pane").isZero();
            assertThat(document.getTables()).isNotEmpty()
                    .allSatisfy(table -> assertThat(table.getRow(0).isRepeatHeader()).isTrue());
            XWPFTableCell red = cells(document).stream()
                    .filter(cell -> cell.getText().equals("1 Not started or significantly delayed")).findFirst()
                    .orElseThrow();
            assertThat(red.getColor()).isEqualTo("F4CDC6");
            assertThat(cells(document)).filteredOn(cell -> cell.getText().equals("Not rated"))
                    .as("not rated has no colour to carry").isNotEmpty()
                    .allSatisfy(cell -> assertThat(cell.getColor()).isNull());
            assertThat(document.getSettings().isEnforcedWith()).as("the clerk can edit it").isFalse();
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(page.getW().toString(), page.getH().toString(), page.getOrient().toString()))
                    .as("A4 landscape").containsExactly("16838", "11906", "landscape");
        }
    }

    @Test
    void textFromUsersIsWrittenAsTypedWithItsLineBreaks() throws Exception {
        byte[] docx = plan.download(mvc, ReportFormat.DOCX, "&includeCompleted=true");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains(TypedTextPlan.HOSTILE).contains(TypedTextPlan.MULTI_LINE_UPDATE);
        }
        assertThat(RealReaders.wordText(docx)).contains("<b>markup</b> & <script>x</script>",
                "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)");
    }

    @Test
    void theExceptionsReportAndCommitteeSummaryAreWordDocumentsLibreOfficeReads() throws Exception {
        BoardPack pack = packs.read(plan.organisation.id(), plan.organisation.name(), plan.planId, plan.june.id(),
                BoardPackOptions.defaults());

        String exceptions = RealReaders.wordText(
                TypedTextPlan.write(writers, ExceptionReport.of(pack), ReportFormat.DOCX));
        assertThat(exceptions).contains("Exceptions report: June 2025", "Rating key", "1.2", "Rated red");

        String summary = RealReaders.wordText(TypedTextPlan.write(writers,
                HandMadeSummary.of(pack, "Our covering note\nsecond line"), ReportFormat.DOCX));
        assertThat(summary).contains("Committee summary: June 2025", "Our covering note", "second line",
                HandMadeSummary.NARRATIVE, "Actions at each rating", "1 Not started or significantly delayed",
                "Indicators off target", "FD1");
    }


    private static List<XWPFTableCell> cells(XWPFDocument document) {
        return document.getTables().stream().flatMap(table -> table.getRows().stream().skip(1))
                .flatMap(row -> row.getTableCells().stream()).filter(Objects::nonNull).toList();
    }
}
