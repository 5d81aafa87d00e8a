package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The board pack as a workbook: LibreOffice reads its sheets with the scores API's figures, numbers are
 * numbers, ratings are values filled in their colour and shown in words, every table is frozen and
 * filtered, and no text from users becomes a formula.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ExcelReportTests {

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
    void libreOfficeReadsEverySheetWithTheFiguresOfTheScoresAndIndicatorsApis() throws Exception {
        Map<String, String> sheets = RealReaders.workbookSheets(plan.download(mvc, ReportFormat.XLSX, ""));
        String scores = plan.api(mvc, "/api/plans/" + plan.planId + "/scores?period=" + plan.june.id());
        String indicators = plan.api(mvc, "/api/plans/" + plan.planId + "/indicators?month=2025-06");

        assertThat(sheets.keySet()).contains("Summary", "Rating key", "1. Section 1", "Indicators", "Exceptions",
                "Completed", "Glossary").hasSize(8);
        assertThat(sheets.get("Summary")).contains("Board pack: June 2025")
                .contains("Priority,Previous score,Current score,Movement,1 Not started or significantly delayed,")
                .contains("Whole plan," + JsonPath.read(scores, "$.plan.previousScore").toString().substring(0, 3) + ","
                        + JsonPath.read(scores, "$.plan.display") + ",Improved,1,1,8,1,0,0");
        assertThat(sheets.get("1. Section 1")).startsWith("Reference,Outcome,Action,Success measures,Lead,"
                + "Responsible officer,Due date,Original timescale,April 2025,May 2025,June 2025,Latest update,"
                + "Evidence of impact").contains("1.2,,Action 2 of section 1,");
        assertThat(sheets.get("Indicators")).contains("FD1,Indicator FD1,Percentage,Higher is better")
                .contains(",42.5," + JsonPath.read(indicators, "$[0].standing.yearToDate.display") + ",");
        assertThat(sheets.get("Exceptions")).contains("1.2,Action 2 of section 1,1. Section 1,1,\"Rated red\nDeclined from");
        assertThat(sheets.get("Glossary")).contains("MASH,Multi-agency safeguarding hub");
    }

    @Test
    void numbersAreNumbersRatingsAreColouredValuesInWordsAndTablesAreFrozenAndFiltered() throws Exception {
        byte[] xlsx = plan.download(mvc, ReportFormat.XLSX, "");
        byte[] pdf = RealReaders.libreOffice(xlsx, "xlsx", "pdf");
        assertThat(RealReaders.pdfPages(pdf, "board-pack-xlsx")).as("pages to look at in target/artefacts").isNotEmpty();
        assertThat(RealReaders.pdfText(pdf)).as("LibreOffice shows the figures and ratings through their formats")
                .contains("42.5%", "1 Not started or significantly delayed", "31 Jan 2026", "Jun 2025");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter shown = new DataFormatter();
            Row wholePlan = rowStarting(workbook.getSheet("Summary"), "Whole plan");
            assertThat(wholePlan.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wholePlan.getCell(2).getNumericCellValue()).isEqualTo(2.7);
            assertThat(wholePlan.getCell(6).getCellType()).as("a count").isEqualTo(CellType.NUMERIC);

            Row indicator = rowStarting(workbook.getSheet("Indicators"), "1. Section 1");
            assertThat(indicator.getCell(6).getNumericCellValue()).isEqualTo(42.5);
            assertThat(indicator.getCell(6).getCellStyle().getDataFormatString())
                    .as("the figure the board reads, not Excel's per cent of 1").isEqualTo("0.0\"%\"");
            assertThat(indicator.getCell(5).getCellType()).as("the month is a date").isEqualTo(CellType.NUMERIC);
            assertThat(shown.formatCellValue(indicator.getCell(5))).isEqualTo("Jun 2025");

            Cell red = rowStarting(workbook.getSheet("1. Section 1"), "1.2").getCell(10);
            assertThat(red.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(red.getNumericCellValue()).isEqualTo(1);
            assertThat(shown.formatCellValue(red)).isEqualTo("1 Not started or significantly delayed");
            assertThat(((XSSFCellStyle) red.getCellStyle()).getFillForegroundXSSFColor().getARGBHex())
                    .endsWith("F4CDC6");
            Cell due = rowStarting(workbook.getSheetAt(3), "2.1").getCell(6);
            assertThat(shown.formatCellValue(due)).isEqualTo("31 Jan 2026");

            for (Sheet sheet : workbook) {
                XSSFSheet table = (XSSFSheet) sheet;
                assertThat(table.getPaneInformation()).as(sheet.getSheetName() + " is frozen").isNotNull();
                assertThat(table.getPaneInformation().isFreezePane()).isTrue();
                assertThat(table.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName() + " is filtered").isTrue();
                assertThat(table.getColumnWidth(0)).as("readable widths").isGreaterThanOrEqualTo(14 * 256);
            }
        }
    }

    @Test
    void textFromUsersIsLiteralInEveryCellAndNothingIsAFormula() throws Exception {
        byte[] xlsx = plan.download(mvc, ReportFormat.XLSX, "");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet early = workbook.getSheetAt(3);
            assertThat(early.getSheetName()).as("a section's title made a name Excel accepts")
                    .hasSizeLessThanOrEqualTo(31).doesNotContain("[", "]", ":", "*", "?", "/", "\\")
                    .startsWith("2. Early help");
            List<Cell> cells = new ArrayList<>();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
            assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
            assertThat(cells).filteredOn(cell -> cell.getCellType() == CellType.STRING)
                    .extracting(Cell::getStringCellValue).contains(TypedTextPlan.HOSTILE.toArray(String[]::new))
                    .contains(TypedTextPlan.MULTI_LINE_UPDATE);
            assertThat(cells).filteredOn(cell -> cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals("=HYPERLINK(\"http://x\",\"y\")"))
                    .allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
        }
        String csv = RealReaders.workbookSheets(xlsx).entrySet().stream()
                .filter(sheet -> sheet.getKey().startsWith("2. Early help")).map(Map.Entry::getValue).findFirst()
                .orElseThrow();
        for (String hostile : TypedTextPlan.HOSTILE) {
            assertThat(csv).as("LibreOffice's CSV shows it as typed").contains(hostile.replace("\"", "\"\""));
        }
        assertThat(csv).contains("\"" + TypedTextPlan.MULTI_LINE_UPDATE + "\"").doesNotContain(",y,");
    }

    @Test
    void theExceptionsReportAndCommitteeSummaryAreWorkbooksLibreOfficeReads() throws Exception {
        BoardPack pack = packs.read(plan.organisation.id(), plan.organisation.name(), plan.planId, plan.june.id(),
                BoardPackOptions.defaults());

        Map<String, String> exceptions = RealReaders.workbookSheets(
                TypedTextPlan.write(writers, ExceptionReport.of(pack), ReportFormat.XLSX));
        assertThat(exceptions.keySet()).containsExactly("Exceptions", "Rating key");
        assertThat(exceptions.get("Exceptions")).contains("Exceptions report: June 2025")
                .contains("1.2,Action 2 of section 1,1. Section 1,1,\"Rated red\nDeclined from");

        Map<String, String> summary = RealReaders.workbookSheets(TypedTextPlan.write(writers,
                HandMadeSummary.of(pack, "Our note\nline two"), ReportFormat.XLSX));
        assertThat(summary.keySet()).contains("Summary", "Priorities", "Overdue", "Off target");
        assertThat(summary.get("Summary")).contains("Committee summary: June 2025", "\"Our note\nline two\"",
                HandMadeSummary.NARRATIVE, "Rating,Actions", "1,1");
        assertThat(summary.get("Off target")).contains("FD1,Indicator FD1,42.5,");
        assertThat(summary.get("Overdue")).contains("2.1,").contains("Overdue: due 31 January 2026");
    }

    private static Row rowStarting(Sheet sheet, String text) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("No row starts with " + text + " on " + sheet.getSheetName()));
    }
}
