package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;

import org.improvementtracker.plans.RatingScale;
import org.junit.jupiter.api.Test;

/** Workbooks with a sheet per priority: an indicator table above the actions, and a summary sheet. */
class IndicatorTablesTests {

    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    @Test
    void aPrioritysSheetGivesItsIndicatorsAndItsActions() {
        byte[] file = OfficeFixtures.xlsx(workbook -> {
            OfficeFixtures.addSheet(workbook, "P1",
                    row("Priority", "Indicator", "Polarity", "2016/17", "SN Average", "Jul", "Aug", "Dec", "Jan", "Notes",
                            "YTD", "DOT"),
                    row("1. Safeguarding", "Re-referrals (%)", "Low is good", "22.5", "21", "20", "19.5", "n/k", "17",
                            "Improving", "19", "↑"),
                    row("", "Visits on time", "High is good", "80", "", "82", "-", "", "85.5", "", "83", "↑"),
                    row(),
                    row("Previous period 2.5 / Current period 3.1"),
                    row(),
                    row("Priority", "Outcome", "Action", "Success measure(s)", "Lead", "Responsible Officer", "Time",
                            "RAG Initial", "RAG 01/18", "RAG 03/18", "Progress update"),
                    row("1. Safeguarding", "Children are safe", "Audit referrals", "Fewer re-referrals", "AD", "Jo Bloggs",
                            "Apr-18", "1", "0", "4", "Audit done"));
            OfficeFixtures.addSheet(workbook, "Summary", row("Priority", "Previous", "Current"),
                    row("1. Safeguarding", "2.5", "3.1"));
        });

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().indicators()).extracting(ImportedPlan.Indicator::section,
                ImportedPlan.Indicator::name, ImportedPlan.Indicator::polarity, ImportedPlan.Indicator::baselineLabel,
                ImportedPlan.Indicator::baseline, ImportedPlan.Indicator::benchmark, ImportedPlan.Indicator::notes)
                .containsExactly(tuple("1. Safeguarding", "Re-referrals (%)", "LOWER_IS_BETTER", "2016/17",
                        new BigDecimal("22.5"), new BigDecimal("21"), "Improving"),
                        tuple("1. Safeguarding", "Visits on time", "HIGHER_IS_BETTER", "2016/17", new BigDecimal("80"),
                                null, null));
        // Under a 2016/17 baseline the months are 2017/18's: July to December 2017, then January 2018.
        assertThat(preview.plan().indicators().get(0).values()).containsExactly(
                Map.entry("2017-07", new BigDecimal("20")), Map.entry("2017-08", new BigDecimal("19.5")),
                Map.entry("2018-01", new BigDecimal("17")));
        assertThat(preview.plan().indicators().get(1).values()).containsOnlyKeys("2017-07", "2018-01");
        assertThat(preview.plan().indicators().get(1).source()).isEqualTo(new ImportedPlan.SourcePlace("Sheet 'P1'", 3));
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sentence()).isEqualTo("plan.xlsx, Sheet 'P1', row 2, column H: The value is not a "
                    + "number, so it is left out (it holds ‘n/k’)");
        });
        assertThat(preview.plan().ratingScale()).isEqualTo(RatingScale.PROGRESS_5);
        assertThat(preview.plan().periods()).containsExactly("initial", "01/18", "03/18", ImportedPlan.CURRENT);
        assertThat(preview.plan().sections()).singleElement().satisfies(section -> {
            assertThat(section.number()).isEqualTo("1");
            assertThat(section.title()).isEqualTo("Safeguarding");
        });
        assertThat(preview.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.ratings()).containsEntry("initial", 1).containsEntry("01/18", null).containsEntry("03/18", 4);
            assertThat(action.updates()).containsExactly(Map.entry(ImportedPlan.CURRENT, "Audit done"));
            assertThat(action.responsibleOfficer()).isEqualTo("Jo Bloggs");
        });
    }

    @Test
    void monthsNamingTheirYearNeedNoBaselineAndMonthsWithNeitherAreLeftOutWithAWarning() {
        byte[] withYears = OfficeFixtures.sheet("P2", row("Indicator", "Polarity", "Nov-17", "Dec-17", "Jan-18"),
                row("Caseloads", "Lower is better", "21", "20", "19"));
        byte[] withoutYears = OfficeFixtures.sheet("P2", row("Indicator", "Polarity", "Nov", "Dec"),
                row("Caseloads", "sideways", "21", "20"));

        ImportPreview dated = previewer.preview("plan.xlsx", withYears, null, null);
        ImportPreview undated = previewer.preview("plan.xlsx", withoutYears, null, null);

        assertThat(dated.problems()).isEmpty();
        assertThat(dated.plan().indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.section()).isEqualTo("P2");
            assertThat(indicator.values()).containsOnlyKeys("2017-11", "2017-12", "2018-01");
        });
        assertThat(undated.blocked()).isFalse();
        assertThat(undated.plan().indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.values()).isEmpty();
            assertThat(indicator.polarity()).isNull();
        });
        assertThat(undated.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple(1, "C", "Nov"), tuple(1, "D", "Dec"), tuple(2, "B", "sideways"));
    }

    @Test
    void anIndicatorTableRightAboveTheActionsEndsAtTheirHeader() {
        byte[] file = OfficeFixtures.sheet("P3",
                row("Priority", "Indicator", "2017/18", "Apr", "May"),
                row("Early help", "CAFs started", "120", "10", "12"),
                row("Priority", "Action", "Lead", "RAG status"),
                row("Early help", "Launch the panel", "EH", "Green"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().indicators()).singleElement().satisfies(indicator -> assertThat(indicator.values())
                .containsOnlyKeys("2018-04", "2018-05"));
        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::description).containsExactly("Launch the panel");
        assertThat(preview.problems()).isEmpty();
    }

    private static String[] row(String... cells) {
        return cells;
    }
}
