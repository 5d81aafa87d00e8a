package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderFinderTests {

    private final HeaderFinder finder = new HeaderFinder();

    @Test
    void findsTheHeaderBelowATitleBlockAndAnIndicatorTable() {
        ColumnProposal proposal = finder.propose(table(
                List.of("Priority 1: Children are safe"),
                List.of("Priority", "Indicator", "Polarity", "2016/17", "SN Average", "Jul", "Notes"),
                List.of("1", "Re-referrals", "Low", "22%", "24%", "21%"),
                List.of("Previous period 2", "Current period 3"),
                List.of("Priority", "Outcome", "Action", "Success measure(s)", "Lead", "Responsible Officer", "Time",
                        "RAG Initial", "RAG 01/18", "RAG 03/18", "Progress update", "Notes"),
                List.of("1", "Fewer re-referrals", "Audit", "Audits good", "AD", "TM", "Apr-18", "2", "3", "0",
                        "Done")));

        assertThat(proposal.headerRows()).containsExactly(5);
        assertThat(proposal.columns()).extracting(ProposedColumn::letter, ProposedColumn::field, ProposedColumn::period)
                .containsExactly(tuple("A", PlanField.SECTION, null), tuple("B", PlanField.OUTCOME, null),
                        tuple("C", PlanField.ACTION, null), tuple("D", PlanField.SUCCESS_MEASURES, null),
                        tuple("E", PlanField.LEAD, null), tuple("F", PlanField.RESPONSIBLE_OFFICER, null),
                        tuple("G", PlanField.TIMESCALE, null), tuple("H", PlanField.RATING, ProposedColumn.INITIAL),
                        tuple("I", PlanField.RATING, "01/18"), tuple("J", PlanField.RATING, "03/18"),
                        tuple("K", PlanField.UPDATE, null), tuple("L", null, null));
        assertThat(proposal.dataRows()).extracting(SourceRow::number).containsExactly(6);
        assertThat(proposal.problems()).isEmpty();
    }

    @Test
    void joinsAHeaderSplitOverTwoRowsAndSkipsItWhereItIsRepeatedOnEachPage() {
        ColumnProposal proposal = finder.propose(table(
                List.of("Services likely to be", "Action Required", "Timescale", "Strategic", "Measures of progress"),
                List.of("judged 'Good' if:", "", "Completion", "Lead Officer", "Measures of Impact"),
                List.of("1.0 Children are listened to", "i) Review the IRO service", "i) Dec 13.", "i) SGU.",
                        "Review presented to CMT"),
                List.of("continued from the page before"),
                List.of("Likely to be judged", "Action", "Timescale", "Strategic", "Measures of progress of plan"),
                List.of("'Good' if:", "Required", "", "<b>Lead Officer</b>", "Measures of Impact of plan"),
                List.of("1.2 Children are engaged", "As above", "", "SGU SGS"),
                List.of("Services likely to be judged 'Good' if:", "Action Required", "Timescale",
                        "Strategic Lead Officer", "Measures of progress"),
                List.of("1.3 Social workers engage", "", "March 14", "AD")));

        assertThat(proposal.headerRows()).containsExactly(1, 2);
        assertThat(proposal.columns()).extracting(ProposedColumn::heading, ProposedColumn::field).containsExactly(
                tuple("Services likely to be judged 'Good' if:", PlanField.OUTCOME),
                tuple("Action Required", PlanField.ACTION), tuple("Timescale Completion", PlanField.TIMESCALE),
                tuple("Strategic Lead Officer", PlanField.LEAD),
                tuple("Measures of progress Measures of Impact", PlanField.SUCCESS_MEASURES));
        assertThat(proposal.repeatedHeaderRows()).containsExactly(5, 6, 8);
        assertThat(proposal.dataRows()).extracting(SourceRow::number).containsExactly(3, 4, 7, 9);
    }

    @Test
    void namesUpdatePeriodsAndCurrentRatingsAndLeavesUnknownColumnsUnmapped() {
        ColumnProposal proposal = finder.propose(table(
                List.of("Recommendation", "Milestone/What needs to change", "Date due", "Lead", "Update March 2014",
                        "Evidence of impact", "RAG status", "Cost centre"),
                List.of("1. Assessments", "Workshop", "June 2013", "Clive Diaz", "Done", "Audit", "Green", "4410")));

        assertThat(proposal.columns()).extracting(ProposedColumn::field, ProposedColumn::period).containsExactly(
                tuple(PlanField.OUTCOME, null), tuple(PlanField.ACTION, null), tuple(PlanField.TIMESCALE, null),
                tuple(PlanField.LEAD, null), tuple(PlanField.UPDATE, "March 2014"),
                tuple(PlanField.EVIDENCE_OF_IMPACT, null), tuple(PlanField.RATING, null), tuple(null, null));
        assertThat(proposal.mapped()).hasSize(7);
    }

    @Test
    void leavesASecondColumnForTheSameFieldUnmappedWithAWarningNamingIt() {
        ColumnProposal proposal = finder.propose(table(List.of("Action", "Lead", "Actions"), List.of("a", "b", "c")));

        assertThat(proposal.columns()).extracting(ProposedColumn::field)
                .containsExactly(PlanField.ACTION, PlanField.LEAD, null);
        assertThat(proposal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(problem.sentence()).isEqualTo("plan.xlsx, Sheet 'Actions', row 1, column C: Column A already "
                    + "holds this, so this column is left out unless you choose otherwise (it holds ‘Actions’)");
        });
    }

    @Test
    void warnsWhenNoRowNamesTheColumnsAndTakesNoDataCellForAHeading() {
        String longCell = "Action plan agreed with the lead member and timescale set out in the plan for the "
                + "board";
        ColumnProposal proposal = finder.propose(table(List.of("Vision"), List.of(longCell, "Lead: see above")));

        assertThat(proposal.headerFound()).isFalse();
        assertThat(proposal.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(problem.where()).isEqualTo("Sheet 'Actions'");
            assertThat(problem.message()).startsWith("No header row was found");
        });
    }

    private static SourceTable table(List<?>... rows) {
        List<SourceRow> sourceRows = new ArrayList<>();
        for (List<?> row : rows) {
            sourceRows.add(new SourceRow(sourceRows.size() + 1, row.stream().map(String::valueOf).toList()));
        }
        return new SourceTable("plan.xlsx", "Actions", null, sourceRows);
    }
}
