package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.indicators.ValueCsv.Parsed;
import org.improvementtracker.support.RowProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a CSV of values as Excel saves it: encodings, headings, months and numbers as people write them. */
class ValueCsvTest {

    @Test
    void readsUtf8WithItsByteOrderMarkAndNamesRowsAsTheSpreadsheetDoes() {
        byte[] file = bytes("\ufeffIndicator code,Month,Value,Note\r\nFD1,2026-05,82.5,Staff’s sickness: £0 spent\r\n"
                + "\r\nFD2,2026-05,70,\r\n", StandardCharsets.UTF_8);

        Parsed parsed = ValueCsv.parse(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(ValueCsv.Row::row).containsExactly(2, 4);
        assertThat(parsed.rows().get(0).code()).isEqualTo("FD1");
        assertThat(parsed.rows().get(0).figures().note()).isEqualTo("Staff’s sickness: £0 spent");
        assertThat(parsed.heading(ValueCsv.Column.CODE)).isEqualTo("Indicator code");
    }

    @Test
    void readsWindows1252AsExcelOnWindowsSavesIt() {
        byte[] file = bytes("code,month,value,note\nFD1,May 2026,12,Cost £40 – agency’s fee\n",
                Charset.forName("windows-1252"));

        Parsed parsed = ValueCsv.parse(file);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).figures().note()).isEqualTo("Cost £40 – agency’s fee");
    }

    @Test
    void headingsMayComeInAnyOrderAndCaseWithOtherColumnsIgnored() {
        Parsed parsed = ValueCsv.parse(bytes("""
                NOTES, Denominator ,Numerator,Indicator name,MONTH,Indicator Code
                Two late,60,45,Assessments on time,2026-05,AS1
                """, StandardCharsets.UTF_8));

        assertThat(parsed.problems()).isEmpty();
        ValueCsv.Row row = parsed.rows().get(0);
        assertThat(row.code()).isEqualTo("AS1");
        assertThat(row.figures().numerator()).isEqualByComparingTo("45");
        assertThat(row.figures().denominator()).isEqualByComparingTo("60");
        assertThat(row.figures().value()).isNull();
        assertThat(row.figures().note()).isEqualTo("Two late");
    }

    @Test
    void aFileWithoutItsHeaderRowIsOneProblemOnRow1() {
        Parsed parsed = ValueCsv.parse(bytes("FD1,2026-05,82.5\n", StandardCharsets.UTF_8));

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.message()).contains("indicator code, month");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-05", "May 2026", "may 2026", "May-26", "05/2026", "5/2026", "2026-05-01",
            "01/05/2026", "2026-05-01 00:00:00", "1 May 2026", "Sept 2026"})
    void monthsAsPeopleWriteThem(String written) {
        YearMonth month = ValueCsv.month(written);

        assertThat(month).as(written).isIn(YearMonth.of(2026, 5), YearMonth.of(2026, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "Maybe 2026", "2026", "13/2026", "31/02/2026", "next month"})
    void notMonths(String written) {
        assertThat(ValueCsv.month(written)).as(written).isNull();
    }

    @Test
    void numbersWithThousandsSeparatorsOrAPercentSign() {
        assertThat(ValueCsv.number("1,250")).isEqualByComparingTo("1250");
        assertThat(ValueCsv.number("1,250,000.5")).isEqualByComparingTo("1250000.5");
        assertThat(ValueCsv.number("82.5%")).isEqualByComparingTo("82.5");
        assertThat(ValueCsv.number(" 82.5 % ")).isEqualByComparingTo("82.5");
        assertThat(ValueCsv.number("-3")).isEqualByComparingTo("-3");
        assertThat(ValueCsv.number("1,5")).as("a European decimal is not fifteen").isNull();
        assertThat(ValueCsv.number("twelve")).isNull();
        assertThat(ValueCsv.number("12,34,567")).isNull();
    }

    @Test
    void badMonthsAndNumbersAreProblemsNamingRowColumnAndCell() {
        Parsed parsed = ValueCsv.parse(bytes("""
                code,month,value
                FD1,2026-05,80
                FD2,Smarch 2026,80
                FD3,2026-05,eighty
                ,2026-05,80
                """, StandardCharsets.UTF_8));

        assertThat(parsed.rows()).extracting(ValueCsv.Row::code).containsExactly("FD1");
        assertThat(parsed.problems()).containsExactly(
                new RowProblem(3, "month", "Smarch 2026", "Enter the month as year and month, like 2026-05 or May 2026"),
                new RowProblem(4, "value", "eighty", "Enter a number, like 42.5 or 1,250"),
                new RowProblem(5, "code", null, "Enter the indicator code"));
        assertThat(parsed.problems().get(1).sentence())
                .isEqualTo("Row 4, column ‘value’: Enter a number, like 42.5 or 1,250 (you entered ‘eighty’)");
    }

    @Test
    void aQuotedNoteOverSeveralLinesIsOneRow() {
        Parsed parsed = ValueCsv.parse(bytes("code,month,value,note\nFD1,2026-05,80,\"Two lines,\nhere\"\nFD2,2026-05,x,\n",
                StandardCharsets.UTF_8));

        assertThat(parsed.rows().get(0).figures().note()).isEqualTo("Two lines,\nhere");
        assertThat(parsed.problems()).singleElement().extracting(RowProblem::row).isEqualTo(3);
    }

    @Test
    void tooLargeOrTooLongFilesAreRefusedWithAClearMessage() {
        byte[] large = new byte[ValueCsv.MAX_BYTES + 1];
        StringBuilder tooLong = new StringBuilder("code,month,value\n");
        for (int i = 0; i <= ValueCsv.MAX_ROWS; i++) {
            tooLong.append("FD1,2026-05,1\n");
        }

        assertThat(ValueCsv.parse(large).problems()).singleElement().extracting(RowProblem::message)
                .isEqualTo("The file is larger than 2 MB: split it into smaller files");
        assertThat(ValueCsv.parse(bytes(tooLong.toString(), StandardCharsets.UTF_8)).problems()).singleElement()
                .extracting(RowProblem::message).asString().contains("10001 rows", "at most 10000");
    }

    @Test
    void workbooksPdfsAndOtherBinaryFilesAreNamedRatherThanReadAsRows() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        byte[] pdf = bytes("%PDF-1.7\n%âãÏÓ", StandardCharsets.ISO_8859_1);
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        assertThat(List.of(xlsx, xls, pdf, picture)).map(file -> ValueCsv.parse(file).problems())
                .allSatisfy(problems -> assertThat(problems).singleElement().extracting(RowProblem::message).asString()
                        .contains("not a CSV", "CSV UTF-8 (comma delimited)"))
                .map(problems -> problems.get(0).message())
                .satisfiesExactly(
                        message -> assertThat(message).startsWith("The file is an Excel workbook, Word document or zip file"),
                        message -> assertThat(message).startsWith("The file is an Excel 97-2003 workbook"),
                        message -> assertThat(message).startsWith("The file is a PDF"),
                        message -> assertThat(message).startsWith("The file is a program, picture or other file"));
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
