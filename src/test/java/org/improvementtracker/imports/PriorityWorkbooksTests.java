package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.improvementtracker.imports.PriorityWorkbooks.Shape;
import org.junit.jupiter.api.Test;

/**
 * A small sheet-per-priority workbook read as an owner would import it: each priority's sheet gives its
 * indicator table, the period line and its action table, and the header finder maps the action table's
 * columns. The indicator table has too few plan headings for a header (only "Priority"): it is left to the
 * indicator import.
 */
class PriorityWorkbooksTests {

    private static final Shape SMALL = new Shape(2, 6, true, true);

    private final List<SourceTable> tables = new WorkbookTables(ImportLimits.DEFAULT)
            .read("priorities.xlsx", PriorityWorkbooks.generate(SMALL));
    private final HeaderFinder finder = new HeaderFinder();

    @Test
    void eachPrioritySheetHoldsTheIndicatorTableThePeriodLineAndTheActionTable() {
        assertThat(tables).extracting(SourceTable::place, SourceTable::firstRow).containsExactly(
                tuple("Sheet 'Priority 1'", 1), tuple("Sheet 'Priority 1'", PriorityWorkbooks.PERIOD_ROW),
                tuple("Sheet 'Priority 1'", PriorityWorkbooks.ACTION_HEADER_ROW),
                tuple("Sheet 'Priority 2'", 1), tuple("Sheet 'Priority 2'", PriorityWorkbooks.PERIOD_ROW),
                tuple("Sheet 'Priority 2'", PriorityWorkbooks.ACTION_HEADER_ROW), tuple("Sheet 'Summary'", 1));
        assertThat(indicatorTable(1).rows()).hasSize(1 + PriorityWorkbooks.INDICATORS_PER_PRIORITY);
        assertThat(indicatorTable(1).rows().get(0).cells()).isEqualTo(PriorityWorkbooks.INDICATOR_HEADINGS);
        assertThat(actionTable(2).rows()).hasSize(1 + SMALL.actionsPerPriority());
        assertThat(tables.get(1).rows()).singleElement().satisfies(line -> {
            assertThat(line.cells()).hasSize(4);
            assertThat(line.cell(0)).isEqualTo("Previous period");
            assertThat(line.cell(1)).matches("[0-5]\\.\\d");
            assertThat(line.cell(2)).isEqualTo("Current period");
        });
        assertThat(tables.get(6).rows()).hasSize(1 + SMALL.priorities());
    }

    @Test
    void theActionTablesHeaderIsFoundWithEveryColumnMapped() {
        ColumnProposal proposal = finder.propose(actionTable(2));

        assertThat(proposal.headerRows()).containsExactly(PriorityWorkbooks.ACTION_HEADER_ROW);
        assertThat(proposal.columns()).extracting(ProposedColumn::heading, ProposedColumn::field, ProposedColumn::period)
                .containsExactly(tuple("Priority", PlanField.SECTION, null), tuple("Outcome", PlanField.OUTCOME, null),
                        tuple("Action", PlanField.ACTION, null),
                        tuple("Success measure(s)", PlanField.SUCCESS_MEASURES, null),
                        tuple("Lead", PlanField.LEAD, null),
                        tuple("Responsible Officer", PlanField.RESPONSIBLE_OFFICER, null),
                        tuple("Time", PlanField.TIMESCALE, null),
                        tuple("RAG Initial", PlanField.RATING, ProposedColumn.INITIAL),
                        tuple("RAG 01/18", PlanField.RATING, "01/18"), tuple("RAG 03/18", PlanField.RATING, "03/18"),
                        tuple("RAG 05/18", PlanField.RATING, "05/18"),
                        tuple("Progress update", PlanField.UPDATE, null));
        assertThat(proposal.dataRows()).hasSize(SMALL.actionsPerPriority());
        assertThat(proposal.problems()).isEmpty();
    }

    @Test
    void theIndicatorTableIsNotTakenForAPlanTable() {
        ColumnProposal proposal = finder.propose(indicatorTable(1));

        assertThat(proposal.headerFound()).isFalse();
        assertThat(proposal.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("No header row was found"));
    }

    @Test
    void actionsReadAsTheSheetShowsThemOutcomeOnlyOnTheFirstOfItsGroup() {
        List<SourceRow> actions = finder.propose(actionTable(2)).dataRows();

        assertThat(actions).extracting(row -> row.cell(1).isEmpty())
                .containsExactly(false, true, true, true, false, true);
        assertThat(actions.get(0).cell(6)).isEqualTo("May-18");
        assertThat(actions).allSatisfy(row -> assertThat(row.cells().subList(7, 11))
                .allMatch(rating -> rating.matches("[0-5]")));
    }

    @Test
    void theFirstPrioritysFaultsAreWhereTheGeneratorSays() {
        List<SourceRow> actions = finder.propose(actionTable(1)).dataRows();

        SourceRow textRating = actions.get(PriorityWorkbooks.TEXT_IN_RATING_ACTION - 1);
        assertThat(textRating.number()).isEqualTo(PriorityWorkbooks.actionRow(PriorityWorkbooks.TEXT_IN_RATING_ACTION));
        assertThat(textRating.cell(9)).isEqualTo("re");
        assertThat(actions.get(PriorityWorkbooks.DATE_IN_RATING_ACTION - 1).cell(10)).isEqualTo("03/05/2018");
        SourceRow shifted = actions.get(PriorityWorkbooks.SHIFTED_ACTION - 1);
        assertThat(shifted.cell(3)).isEqualTo("AD Safeguarding");
        assertThat(shifted.cell(4)).isEqualTo("Imran Shah");
        assertThat(shifted.cell(5)).isEqualTo("Aug-18");
        assertThat(shifted.cells().subList(6, 10)).allMatch(rating -> rating.matches("[0-5]"));
        assertThat(shifted.cell(11)).isEmpty();
    }

    @Test
    void theSameShapeGivesTheSameWorkbook() {
        assertThat(new WorkbookTables(ImportLimits.DEFAULT).read("again.xlsx", PriorityWorkbooks.generate(SMALL)))
                .extracting(SourceTable::rows).isEqualTo(tables.stream().map(SourceTable::rows).toList());
    }

    private SourceTable indicatorTable(int priority) {
        return tables.get(3 * (priority - 1));
    }

    private SourceTable actionTable(int priority) {
        return tables.get(3 * (priority - 1) + 2);
    }
}
