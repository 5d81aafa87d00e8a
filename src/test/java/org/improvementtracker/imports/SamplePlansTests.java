package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The published plans in ../shared/samples (see its README), read and mapped as a person importing them would
 * need: the expected tables and headings are written from the documents themselves.
 */
class SamplePlansTests {

    private static final Path SAMPLES = Paths.get("..", "shared", "samples");

    private final HeaderFinder finder = new HeaderFinder();

    @Test
    void buryWorkbookIsOneTableWithASplitHeaderRepeatedOnEveryPage() throws IOException {
        List<SourceTable> tables = new WorkbookTables(ImportLimits.DEFAULT)
                .read("bury.xlsx", sample("bury-inspection-action-plan-2013.xlsx"));

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.place()).isEqualTo("Sheet 'Action plan'");
            assertThat(table.rows()).hasSize(83);
        });
        ColumnProposal proposal = finder.propose(tables.get(0));
        assertThat(proposal.headerRows()).containsExactly(1, 2);
        assertThat(proposal.columns()).extracting(ProposedColumn::heading, ProposedColumn::field).containsExactly(
                tuple("Services likely to be judged 'Good' if:", PlanField.OUTCOME),
                tuple("Action Required", PlanField.ACTION),
                tuple("Timescale Completion", PlanField.TIMESCALE),
                tuple("Strategic Lead Officer", PlanField.LEAD),
                tuple("Measures of progress Measures of Impact", PlanField.SUCCESS_MEASURES));
        // Each "Likely to be judged / 'Good' if:" pair the PDF printed at the top of a page.
        assertThat(proposal.repeatedHeaderRows()).containsExactly(5, 6, 10, 11, 13, 14, 17, 18, 24, 25, 32, 33, 36,
                37, 41, 42, 46, 47, 49, 50, 56, 57, 78, 79, 81, 82);
        assertThat(proposal.dataRows()).hasSize(83 - 2 - 26);
        assertThat(proposal.dataRows().get(0).cell(0)).startsWith("1.0 Children are listened to");
    }

    @Test
    void banesDocumentIsThirteenTablesEachWithTheHeaderRow() throws IOException {
        List<SourceTable> tables = new WordTables(ImportLimits.DEFAULT)
                .read("banes.docx", sample("banes-improvement-plan-2013-14.docx"));

        assertThat(tables).hasSize(13);
        assertThat(tables.get(0).rows().get(1).cells()).containsExactly("Actions specific to Ofsted Inspection");
        assertThat(tables.get(0).rows().get(2).cell(0)).startsWith("1. Quality of Assessments is too variable.\n"
                + "A) All Assessments will need to demonstrate more clearly");
        assertThat(tables.get(0).rows().get(2).cell(6)).isEqualTo("Green");
        for (SourceTable table : tables) {
            ColumnProposal proposal = finder.propose(table);
            assertThat(proposal.headerRows()).as(table.place()).containsExactly(1);
            assertThat(proposal.mapped()).as(table.place())
                    .extracting(ProposedColumn::heading, ProposedColumn::field, ProposedColumn::period)
                    .containsExactly(tuple("Recommendation", PlanField.OUTCOME, null),
                            tuple("Milestone/What needs to change", PlanField.ACTION, null),
                            tuple("Date due", PlanField.TIMESCALE, null), tuple("Lead", PlanField.LEAD, null),
                            tuple("Update", PlanField.UPDATE, null),
                            tuple("Evidence of impact", PlanField.EVIDENCE_OF_IMPACT, null),
                            tuple("RAG status", PlanField.RATING, null));
            assertThat(proposal.dataRows()).as(table.place()).hasSize(table.rows().size() - 1);
        }
    }

    @Test
    void hillingdonDocumentIsNarrativeWithNoTables() throws IOException {
        assertThat(new WordTables(ImportLimits.DEFAULT)
                .read("hillingdon.docx", sample("hillingdon-improvement-plan-2014-16.docx"))).isEmpty();
    }

    private static byte[] sample(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        Assumptions.assumeTrue(Files.isReadable(file), "The sample plans are not here: " + file.toAbsolutePath());
        return Files.readAllBytes(file);
    }
}
