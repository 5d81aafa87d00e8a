package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.improvementtracker.support.TextEncoding;
import org.junit.jupiter.api.Test;

class CsvTablesTests {

    private final CsvTables reader = new CsvTables(ImportLimits.DEFAULT);

    @Test
    void readsUtf8WithItsByteOrderMarkAndQuotedLineBreaks() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Action,Lead\r\n\"i) Workshop\r\nii) Audit\",Zoë Ní Bhriain 🙂\r\n=SUM(A1),-1\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        List<SourceRow> rows = reader.read("plan.csv", file).get(0).rows();

        assertThat(rows.get(0).cells()).containsExactly("Action", "Lead");
        assertThat(rows.get(1).cells()).containsExactly("i) Workshop\nii) Audit", "Zoë Ní Bhriain 🙂");
        assertThat(rows.get(2).cells()).containsExactly("=SUM(A1)", "-1");
        assertThat(rows).extracting(SourceRow::number).containsExactly(1, 2, 3);
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() {
        byte[] file = "Action;Lead;Time\nRéview – £5 budget;Zoë;Sept 13 - Jan 14\n".getBytes(TextEncoding.WINDOWS_1252);

        SourceTable table = reader.read("plan.csv", file).get(0);

        assertThat(table.place()).isNull();
        assertThat(table.rows().get(1).cells()).containsExactly("Réview – £5 budget", "Zoë", "Sept 13 - Jan 14");
    }

    @Test
    void takesSemicolonsOnlyWhenTheFirstLineClearlyUsesThem() {
        byte[] commas = "Action,Lead\nAgree plan; review it,Jo\n".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("plan.csv", commas).get(0).rows().get(1).cells())
                .containsExactly("Agree plan; review it", "Jo");
    }

    @Test
    void splitsTablesAtBlankRows() {
        byte[] file = "Plan title\n\nAction,Lead\nAudit,Jo\n,\n".getBytes(StandardCharsets.UTF_8);

        List<SourceTable> tables = reader.read("plan.csv", file);

        assertThat(tables).extracting(SourceTable::firstRow).containsExactly(1, 3);
        assertThat(tables.get(1).rows()).extracting(SourceRow::number).containsExactly(3, 4);
    }

    @Test
    void refusesUtf16BinaryAndMalformedFilesNamingTheRow() {
        assertThat(problem("\uFEFFAction,Lead\n".getBytes(StandardCharsets.UTF_16LE)).message())
                .startsWith("The file is saved as Unicode (UTF-16) text");
        assertThat(problem("Action,Lead\n".getBytes(StandardCharsets.UTF_16BE)).message())
                .startsWith("The file is a program, picture or other file that is not text, not a CSV");
        assertThat(problem(OfficeFixtures.oneSheetXlsx()).message())
                .startsWith("The file is an Excel workbook, Word document or zip file, not a CSV");
        assertThat(problem(new byte[0]).message()).startsWith("The file is empty");

        ImportProblem unclosed = problem("Action,Lead\nAudit,Jo\n\"Review,Sam\n".getBytes(StandardCharsets.UTF_8));

        assertThat(unclosed.row()).isEqualTo(3);
        assertThat(unclosed.where()).isEqualTo("Row 3");
        assertThat(unclosed.sentence()).startsWith("plan.csv, row 3: The row cannot be read");
    }

    private ImportProblem problem(byte[] file) {
        UnreadableFile refused = catchThrowableOfType(UnreadableFile.class, () -> reader.read("plan.csv", file));
        assertThat(refused).as("refused with our problem").isNotNull();
        return refused.problem();
    }
}
