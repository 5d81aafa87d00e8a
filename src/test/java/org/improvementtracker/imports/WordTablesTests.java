package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.util.unit.DataSize;

class WordTablesTests {

    private final WordTables reader = new WordTables(ImportLimits.DEFAULT);

    @Test
    void readsEveryTableInDocumentOrderWithRowsNumberedFromOne() {
        byte[] file = OfficeFixtures.docx(document -> {
            document.createParagraph().createRun().setText("Improvement plan 2026");
            XWPFTable first = document.createTable(2, 2);
            first.getRow(0).getCell(0).setText("Action");
            first.getRow(1).getCell(1).setText("June 2026");
            document.createParagraph().createRun().setText("Part two");
            document.createTable(1, 1).getRow(0).getCell(0).setText("Second table");
        });

        List<SourceTable> tables = reader.read("plan.docx", file);

        assertThat(tables).extracting(SourceTable::place).containsExactly("Table 1", "Table 2");
        assertThat(tables.get(0).fileName()).isEqualTo("plan.docx");
        assertThat(tables.get(0).rows()).extracting(SourceRow::number).containsExactly(1, 2);
        assertThat(tables.get(0).rows().get(0).cells()).containsExactly("Action");
        assertThat(tables.get(0).rows().get(1).cells()).containsExactly("", "June 2026");
        assertThat(tables.get(1).rows().get(0).cells()).containsExactly("Second table");
    }

    @Test
    void joinsParagraphsBulletsAndLineBreaksInACellWithLineBreaks() {
        byte[] file = OfficeFixtures.docx(document -> {
            XWPFTableCell cell = document.createTable(1, 1).getRow(0).getCell(0);
            cell.setText("Milestones:");
            cell.addParagraph().createRun().setText("i) Workshop June 2013");
            XWPFRun broken = cell.addParagraph().createRun();
            broken.setText("ii) Audit");
            broken.addBreak();
            broken.setText("November 2013");
        });

        String cell = reader.read("plan.docx", file).get(0).rows().get(0).cell(0);

        assertThat(cell).isEqualTo("Milestones:\ni) Workshop June 2013\nii) Audit\nNovember 2013");
    }

    @Test
    void leavesTheLowerCellsOfAVerticalMergeBlankAndKeepsColumnsInLineAfterAHorizontalOne() {
        byte[] file = OfficeFixtures.docx(document -> {
            XWPFTable table = document.createTable(3, 3);
            table.getRow(0).getCell(0).setText("Outcome spanning two columns");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(1);
            table.getRow(0).getCell(1).setText("Lead");
            table.getRow(1).getCell(0).setText("1. Children are listened to");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).getCell(1).setText("First action");
            table.getRow(2).getCell(0).setText("stale text Word keeps in a merged cell");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(2).getCell(1).setText("Second action");
        });

        List<SourceRow> rows = reader.read("plan.docx", file).get(0).rows();

        assertThat(rows.get(0).cells()).containsExactly("Outcome spanning two columns", "", "Lead");
        assertThat(rows.get(1).cells()).containsExactly("1. Children are listened to", "First action");
        assertThat(rows.get(2).cells()).containsExactly("", "Second action");
    }

    @Test
    void keepsHostileTextLiterally() {
        String hostile = "=HYPERLINK(\"http://evil.example\",\"Click\") <script>alert(1)</script> مرحبا 🙂";
        byte[] file = OfficeFixtures.docx(document -> document.createTable(1, 1).getRow(0).getCell(0).setText(hostile));

        assertThat(reader.read("plan.docx", file).get(0).rows().get(0).cell(0)).isEqualTo(hostile);
    }

    @Test
    void aDocumentWithoutTablesHasNone() {
        byte[] file = OfficeFixtures.docx(document -> document.createParagraph().createRun().setText("Vision"));

        assertThat(reader.read("plan.docx", file)).isEmpty();
    }

    @Test
    void refusesFilesThatAreNotWordDocuments() {
        assertThat(problem(new byte[0]).message()).startsWith("The file is empty");
        assertThat(problem("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII)).message())
                .startsWith("The file is a PDF, not a Word document");
        assertThat(problem("just some text, named .docx".getBytes(StandardCharsets.UTF_8)).message())
                .startsWith("The file is not a Word document (.docx)");
        assertThat(problem(OfficeFixtures.oneSheetXlsx()).message()).startsWith("The file is not a Word document");
        assertThat(problem(OfficeFixtures.oldOfficeFile()).message()).startsWith("The file is an older Word 97-2003");
        assertThat(problem(new byte[] {'P', 'K', 3, 4, 1, 2, 3}).message()).startsWith("The file could not be read");
    }

    @Test
    void refusesPasswordProtectedMacroEnabledAndZipBombDocuments() {
        byte[] document = OfficeFixtures.oneTableDocx();
        byte[] macros = OfficeFixtures.withEntry(document, "[Content_Types].xml", types -> types.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"));

        assertThat(problem(OfficeFixtures.encrypted(document)).message())
                .startsWith("The file is protected with a password");
        assertThat(problem(macros).message()).startsWith("The file contains macros");
        assertThat(problem(OfficeFixtures.zipBomb(document, "word/document.xml")).message())
                .startsWith("The file expands to far more than its size");
    }

    @Test
    void refusesAFileOverTheConfiguredSize() {
        WordTables small = new WordTables(new ImportLimits(DataSize.ofKilobytes(1)));

        UnreadableFile refused = catchThrowableOfType(UnreadableFile.class,
                () -> small.read("plan.docx", new byte[2048]));

        assertThat(refused.problem().message()).startsWith("The file is larger than 1 KB");
        assertThat(refused.problem().severity()).isEqualTo(ImportProblem.Severity.ERROR);
        assertThatThrownBy(() -> small.read("plan.docx", OfficeFixtures.oneTableDocx()))
                .isInstanceOf(UnreadableFile.class);
    }

    private ImportProblem problem(byte[] file) {
        UnreadableFile refused = catchThrowableOfType(UnreadableFile.class, () -> reader.read("plan.docx", file));
        assertThat(refused).as("refused with our problem").isNotNull();
        assertThat(refused.problem().file()).isEqualTo("plan.docx");
        assertThat(refused.problem().where()).isEqualTo("The file");
        return refused.problem();
    }
}
