package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.reporting.ActionState;
import org.improvementtracker.reporting.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PDFs, as poppler (pdftotext, pdfinfo, pdffonts, pdftoppm) and PDFBox read them: the board pack
 * from the API with the figures of the scores API, contents with page numbers, bookmarks, running header,
 * tagged A4 landscape pages with embedded fonts; the exceptions report and the one-page committee summary;
 * and text typed by users shown as typed.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PdfReportTests {

    private static final String HOSTILE = "<b>bold</b> =HYPERLINK(\"http://evil.example\",\"x\") @SUM(A1) +1 -1 "
            + "שלום עולם عربي 🎉 \u0007 " + "W".repeat(150);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BoardPackReader packs;

    @Autowired
    ReportWriters writers;

    RatedBoardPackPlan plan;
    long planId;
    Period june;

    @BeforeEach
    void ratedPlan() {
        plan = new RatedBoardPackPlan(beans);
        planId = plan.planId;
        june = plan.june;
    }

    @Test
    void boardPackPdfFromTheApiHasTheSectionsActionsRatingsAndScores() throws Exception {
        byte[] pdf = boardPackPdf();
        String text = RealReaders.pdfText(pdf);

        assertThat(text).contains("Board pack: June 2025", "Contents", "Rating key", "Summary", "Exceptions",
                "Completed since May 2025", "Glossary", "Actions of 1. Section 1", "Indicators of 1. Section 1");
        assertThat(text).contains("1.1", "1.2", "1.3", "2.2", "2.3");
        assertThat(text).as("ratings in words beside their colour").contains("2 Started, some delay")
                .contains("Rated red").contains("Overdue: due 1 January 2020");
        String scores = mvc.perform(get("/api/plans/" + planId + "/scores?period=" + june.id()).with(viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String planScore = JsonPath.read(scores, "$.plan.display").toString();
        assertThat(planScore).isEqualTo("2.9");
        assertThat(summaryRow(text, "Whole plan")).startsWith(JsonPath.read(scores, "$.plan.previousScore") == null
                ? "Not rated" : "").contains(" " + planScore + " ");
        String indicators = mvc.perform(get("/api/plans/" + planId + "/indicators?month=2025-06").with(viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String cells = drawnText(pdf).replaceAll("\\s+", " ");
        assertThat(cells).as("the indicator's cells, each read whole")
                .contains(" " + JsonPath.read(indicators, "$[0].standing.yearToDate.display") + " ")
                .contains(" " + JsonPath.read(indicators, "$[0].standing.direction.label") + " ");
    }

    @Test
    void boardPackPdfIsTaggedLandscapeA4WithEmbeddedFontsAndPageImages() throws Exception {
        byte[] pdf = boardPackPdf();

        String info = RealReaders.pdfInfo(pdf);
        assertThat(info).containsPattern("Tagged:\\s+yes").as("A4 landscape")
                .containsPattern("Page size:\\s+841\\.8\\d* x 595\\.2\\d* pts \\(A4\\)");
        int pages = pages(info);
        assertThat(pages).isGreaterThan(1);
        assertThat(RealReaders.pdfPages(pdf, "board-pack")).hasSize(pages);
        List<String> fonts = RealReaders.pdfFonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans"))
                .allSatisfy(font -> assertThat(font.split("\\s+")).containsSubsequence("yes", "yes"));
    }

    @Test
    void contentsGiveThePageEachPartStartsOnAndTheHeaderCountsPages() throws Exception {
        byte[] pdf = boardPackPdf();
        String[] pages = RealReaders.pdfText(pdf).split("\f");
        int count = pages(RealReaders.pdfInfo(pdf));

        for (String part : List.of("Rating key", "Summary", "1. Section 1", "2. Section 2", "Exceptions", "Glossary")) {
            Matcher entry = Pattern.compile("(?m)^\\s*" + Pattern.quote(part) + "[ .]*\\.\\s*(\\d+)\\s*$").matcher(pages[1]);
            assertThat(entry.find()).as("the contents list " + part + " with a page number:\n" + pages[1]).isTrue();
            int page = Integer.parseInt(entry.group(1));
            assertThat(pages[page - 1]).as("page " + page + " holds " + part).containsPattern("(?m)^\\s*" + Pattern.quote(part));
        }
        assertThat(pages[1]).contains("Page 2 of " + count);
        assertThat(pages[count - 1]).contains("Page " + count + " of " + count)
                .as("the running header names the plan and period").contains("Board pack, June 2025");
        assertThat(pages[0]).as("the cover has no running header").doesNotContain("Page 1 of");
    }

    @Test
    void bookmarksLeadToEachPartAndChartsHaveTextAlternatives() throws Exception {
        try (PDDocument document = Loader.loadPDF(boardPackPdf())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Cover", "Contents", "Rating key", "Summary", "1. Section 1",
                    "2. Section 2", "Exceptions", "Completed since May 2025", "Glossary");

            List<String> alternatives = new ArrayList<>();
            collectFigureAlternatives(document.getDocumentCatalog().getStructureTreeRoot(), alternatives);
            assertThat(alternatives).contains("Trend, January to June 2025: 40.0% in April to 42.5% in June,"
                    + " 3 months without a value");
        }
    }

    @Test
    void textFromUsersIsShownAsTypedAndTheActionTableFitsThePage() throws Exception {
        jdbc.sql("update action set description = ? where id = ?").params(HOSTILE, plan.frontDoorActions.get(0)).update();
        jdbc.sql("update plan set title = ? where id = ?").params("Plan <i>" + "P".repeat(80) + "</i>", planId).update();
        byte[] pdf = boardPackPdf();
        String text = RealReaders.pdfText(pdf);

        assertThat(text).contains("<b>bold</b>", "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1) +1 -1",
                "Plan <i>PPP");
        assertThat(drawnText(pdf).replaceAll("\\s+", "")).as("the long word wraps, all of it kept")
                .contains("W".repeat(150));
        assertThat(text).as("right-to-left text drawn in its visual order reads back as typed").contains("שלום עולם")
                .contains("عربي");
        assertThat(rightmostText(pdf)).as("nothing runs past the right edge of the page").isLessThan(841.89f - 20);
    }

    @Test
    void exceptionsReportPdfListsEachExceptionWithItsReasons() throws Exception {
        BoardPack pack = pack();
        String text = RealReaders.pdfText(write(ExceptionReport.of(pack)));

        assertThat(text).contains("Exceptions report: June 2025", "Rating key", "Long overdue action",
                "Overdue: due 1 January 2020", "Rated red", "Stalled");
        assertThat(text).doesNotContain("Action 1 of section 1");
    }

    @Test
    void committeeSummaryPdfIsOnePageWithTheIntroductionAndNarrative() throws Exception {
        BoardPack pack = pack();
        var overdue = pack.exceptions().stream().filter(row -> row.progress().is(ActionState.OVERDUE)).toList();
        var summary = new CommitteeSummary(pack.cover(), pack.plan(), pack.period(),
                "The board asked for\nthe front door first. " + HOSTILE,
                List.of("Of 6 actions, 1 is complete and 2 are on track.",
                        "Section 1 improved from 2.3 to 2.5; Section 2 declined."),
                pack.scores(), overdue, pack.sections().get(0).indicators());
        byte[] pdf = write(summary);

        assertThat(pages(RealReaders.pdfInfo(pdf))).isEqualTo(1);
        String text = RealReaders.pdfText(pdf);
        assertThat(text).contains("Committee summary: June 2025", "The board asked for", "the front door first.",
                "<b>bold</b>", "Of 6 actions, 1 is complete and 2 are on track.", "Section 2 declined.",
                "Long overdue action", "FD1", "Whole plan");
        assertThat(rightmostText(pdf)).as("the long word wraps inside the page").isLessThan(841.89f - 20);
        RealReaders.pdfPages(pdf, "committee-summary");
    }

    @Test
    void boardPackPageLinksToThePdfOfThePeriodAndOptionsShown() throws Exception {
        String page = mvc.perform(get("/plans/" + planId + "/board-pack?period=" + june.id()
                + "&exceptionsOnly=true&pastPeriods=2&section=" + plan.frontDoor).with(user(plan.rated.user(plan.organisation, Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String link = Html.all(page, "id=\"download-pdf\"\\s+href=\"([^\"]+)\"").get(0).replace("&amp;", "&");
        assertThat(Html.text(Html.inside(page, "id=\"download-pdf\"", "</a>"))).isEqualTo("Download PDF");

        byte[] pdf = mvc.perform(get(link).with(user(plan.rated.user(plan.organisation, Role.VIEWER)))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        String text = RealReaders.pdfText(pdf);
        assertThat(text).as("the section chosen, two periods of ratings")
                .contains("Actions of 1. Section 1", "May 2025", "June 2025")
                .doesNotContain("Actions of 2. Section 2", "April 2025");
        String actionTable = Arrays.stream(text.split("\f")).filter(p -> p.contains("Actions of 1. Section 1"))
                .findFirst().orElseThrow();
        assertThat(actionTable).as("exceptions only").contains("Action 2 of section 1", "Action 3 of section 1")
                .doesNotContain("Action 1 of section 1");
    }

    private byte[] boardPackPdf() throws Exception {
        return mvc.perform(get("/api/plans/" + planId + "/board-pack?format=pdf&period=" + june.id()).with(viewer()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"board-pack-june-2025.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private BoardPack pack() {
        return packs.read(plan.organisation.id(), "Test Borough Council", planId, june.id(), BoardPackOptions.defaults());
    }

    private byte[] write(Report report) throws IOException {
        var out = new ByteArrayOutputStream();
        writers.writer(ReportFormat.PDF).write(report, out);
        return out.toByteArray();
    }

    private static String summaryRow(String text, String heading) {
        return Arrays.stream(text.split("\n")).filter(line -> line.strip().startsWith(heading)).findFirst()
                .map(line -> line.strip().substring(heading.length()) + " ").orElseThrow();
    }

    private static int pages(String info) {
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).isTrue();
        return Integer.parseInt(pages.group(1));
    }

    private static void collectFigureAlternatives(PDStructureNode node, List<String> alternatives) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    alternatives.add(element.getAlternateDescription());
                }
                collectFigureAlternatives(element, alternatives);
            }
        }
    }

    /** The text in the order it is drawn, so a table cell's lines follow each other (pdftotext -layout interleaves them). */
    private static String drawnText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The right edge of the rightmost character drawn on any page, in points. */
    private static float rightmostText(byte[] pdf) throws IOException {
        float[] rightmost = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return rightmost[0];
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
        return httpBasic(plan.organisation.username(Role.VIEWER), TestData.PASSWORD);
    }
}
