package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookTablesTests {

    private final WorkbookTables reader = new WorkbookTables(ImportLimits.DEFAULT);

    @Test
    void splitsASheetIntoTablesAtBlankRowsAndNumbersRowsAsExcelDoes() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Priority 1");
            row(sheet, 0, "Priority", "Indicator", "2016/17");
            row(sheet, 1, "1", "Re-referrals", "22%");
            row(sheet, 2, "", "", "");
            row(sheet, 4, "Priority", "Outcome", "Action");
            row(sheet, 5, "1", "Children are safer", "Audit cases");
            workbook.createSheet("Summary").createRow(9).createCell(1).setCellValue("Average");
        });

        List<SourceTable> tables = reader.read("plan.xlsx", file);

        assertThat(tables).extracting(SourceTable::place)
                .containsExactly("Sheet 'Priority 1'", "Sheet 'Priority 1'", "Sheet 'Summary'");
        assertThat(tables).extracting(SourceTable::firstRow).containsExactly(1, 5, 10);
        assertThat(tables.get(1).rows()).extracting(SourceRow::number).containsExactly(5, 6);
        assertThat(tables.get(1).rows().get(1).cells()).containsExactly("1", "Children are safer", "Audit cases");
        assertThat(tables.get(2).rows().get(0).cells()).containsExactly("", "Average");
    }

    @Test
    void keepsAMergedRangesTextInItsTopLeftCellOnly() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Actions");
            row(sheet, 0, "Outcome", "Action");
            row(sheet, 1, "Children are safer", "First");
            row(sheet, 2, "left over in a merged cell", "Second");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        });

        List<SourceRow> rows = reader.read("plan.xlsx", file).get(0).rows();

        assertThat(rows.get(1).cells()).containsExactly("Children are safer", "First");
        assertThat(rows.get(2).cells()).containsExactly("", "Second");
    }

    @Test
    void readsCellsAsExcelShowsThemAndFormulaTextLiterally() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            XSSFSheet sheet = workbook.createSheet("Actions");
            XSSFRow row = sheet.createRow(0);
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mmm-yy"));
            row.createCell(0).setCellValue(LocalDate.of(2018, 4, 1));
            row.getCell(0).setCellStyle(month);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            row.createCell(1).setCellValue(0.35);
            row.getCell(1).setCellStyle(percent);
            row.createCell(2).setCellValue(3);
            row.createCell(3).setCellFormula("1+2");
            row.createCell(4).setCellValue("=HYPERLINK(\"http://evil.example\")");
            row.createCell(5).setCellValue("i) Workshop\r\nii) Audit");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(reader.read("plan.xlsx", file).get(0).rows().get(0).cells()).containsExactly(
                "Apr-18", "35%", "3", "3", "=HYPERLINK(\"http://evil.example\")", "i) Workshop\nii) Audit");
    }

    @Test
    void readsErrorsAsExcelShowsThem() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            XSSFRow row = workbook.createSheet("Actions").createRow(0);
            row.createCell(0).setCellErrorValue(FormulaError.NA);
            row.createCell(1).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(reader.read("plan.xlsx", file).get(0).rows().get(0).cells()).containsExactly("#N/A", "#DIV/0!");
    }

    @Test
    void readsDatesOfAWorkbookCountingFrom1904AsExcelShowsThem() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFCell due = workbook.createSheet("Actions").createRow(0).createCell(0);
            due.setCellValue(DateUtil.getExcelDate(LocalDate.of(2014, 3, 31).atStartOfDay(), true));
            due.setCellStyle(day);
        });

        assertThat(reader.read("plan.xlsx", file).get(0).rows().get(0).cells()).containsExactly("31/03/2014");
    }

    @Test
    void leavesOutCellsBeyondTheColumnsAPlanCouldUse() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            XSSFRow row = workbook.createSheet("Actions").createRow(0);
            row.createCell(0).setCellValue("Action");
            row.createCell(255).setCellValue("Last column read");
            row.createCell(16_383).setCellValue("Column XFD");
        });

        List<String> cells = reader.read("plan.xlsx", file).get(0).rows().get(0).cells();

        assertThat(cells).hasSize(256).startsWith("Action").endsWith("Last column read");
    }

    @Test
    void refusesFilesThatAreNotExcelWorkbooks() {
        byte[] workbook = OfficeFixtures.oneSheetXlsx();
        byte[] macros = OfficeFixtures.withEntry(workbook, "[Content_Types].xml", types -> types.replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));

        assertThat(problem(new byte[0]).message()).startsWith("The file is empty");
        assertThat(problem(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}).message())
                .startsWith("The file is not an Excel workbook (.xlsx)");
        assertThat(problem(OfficeFixtures.oneTableDocx()).message()).startsWith("The file is not an Excel workbook");
        assertThat(problem(OfficeFixtures.encrypted(workbook)).message())
                .startsWith("The file is protected with a password: open it in Excel");
        assertThat(problem(macros).message()).startsWith("The file contains macros");
        assertThat(problem(OfficeFixtures.zipBomb(workbook, "xl/worksheets/sheet1.xml")).message())
                .startsWith("The file expands to far more than its size");
    }

    private ImportProblem problem(byte[] file) {
        UnreadableFile refused = catchThrowableOfType(UnreadableFile.class, () -> reader.read("plan.xlsx", file));
        assertThat(refused).as("refused with our problem").isNotNull();
        return refused.problem();
    }

    private static void row(XSSFSheet sheet, int index, String... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
