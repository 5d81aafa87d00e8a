package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.plans.RatingScale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The published plans in ../shared/samples previewed as their owners would import them. Every expected count,
 * lead, timescale and rating below was read off the documents' text extracts (the .txt files beside them).
 */
class SamplePreviewsTests {

    private static final Path SAMPLES = Paths.get("..", "shared", "samples");

    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    @Test
    void banesIsTwoPartsOfEightRecommendationsAndFortyOneMilestones() throws IOException {
        ImportPreview preview = previewer.preview("banes.docx", sample("banes-improvement-plan-2013-14.docx"), null,
                null);
        ImportedPlan plan = preview.plan();

        assertThat(preview.blocked()).isFalse();
        assertThat(plan.ratingScale()).isEqualTo(RatingScale.RAG);
        assertThat(plan.periods()).containsExactly(ImportedPlan.CURRENT);
        assertThat(plan.sections()).extracting(ImportedPlan.Section::title)
                .containsExactly("Actions specific to Ofsted Inspection", "Overarching thematic issues");
        assertThat(plan.sections()).flatExtracting(ImportedPlan.Section::outcomes)
                .extracting(ImportedPlan.Outcome::number, outcome -> outcome.actions().size())
                .containsExactly(tuple("1", 11), tuple("2", 5), tuple("3", 2), tuple("4", 3), tuple("5", 6),
                        tuple("6", 4), tuple("7", 6), tuple("8", 4));
        assertThat(plan.sections().get(0).outcomes().get(0).text()).startsWith("Quality of Assessments is too variable."
                + "\nA) All Assessments will need to demonstrate more clearly");
        // "6." and its recommendation sit in cells of their own, a cell more than the header has.
        assertThat(plan.sections().get(1).outcomes().get(0).text())
                .startsWith("How the Local Authority identifies, manages and reduces risk to young people.");
        // Row by row, Green and Amber as the RAG status column has them.
        assertThat(plan.actions()).extracting(action -> action.ratings().get(ImportedPlan.CURRENT)).containsExactly(
                3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 2,
                2, 2, 2, 3, 3,
                3, 2,
                2, 2, 2,
                2, 2, 2, 2, 3, 2,
                3, 3, 3, 3,
                3, 3, 3, 3, 2, 2,
                2, 3, 3, 2);
        assertThat(plan.actions()).filteredOn(action -> List.of("1.2", "1.3", "6.1", "7.3", "8.1")
                .contains(action.reference()))
                .extracting(ImportedPlan.Action::reference, ImportedPlan.Action::lead, ImportedPlan.Action::timescaleText,
                        ImportedPlan.Action::dueDate)
                .containsExactly(tuple("1.2", "Liz Jones and “short-life” working group", "July 2013",
                        LocalDate.of(2013, 7, 31)),
                        // The lead, update and evidence of this row sit a cell to the right of their columns.
                        tuple("1.3", "RB/TS/Performance Group Members.", null, null),
                        tuple("6.1", "Trina Shane/Pete Campbell.", "September 2013.", LocalDate.of(2013, 9, 30)),
                        tuple("7.3", "R. Baldwin.", "October/November 2013.", LocalDate.of(2013, 11, 30)),
                        tuple("8.1", "Clive Diaz/Charlie Moat", "By Jan 2014", LocalDate.of(2014, 1, 31)));
        assertThat(plan.actions().get(0).updates().get(ImportedPlan.CURRENT)).isNotBlank();
        assertThat(preview.problems()).extracting(ImportProblem::place, ImportProblem::row, ImportProblem::column)
                .contains(tuple("Table 1", 5, "G"), tuple("Table 1", 6, "G"), tuple("Table 1", 6, "C"));
    }

    @Test
    void buryIsTwentyOneCriteriaWithTheirNumberedActions() throws IOException {
        ImportPreview preview = previewer.preview("bury.xlsx", sample("bury-inspection-action-plan-2013.xlsx"), null,
                null);
        ImportedPlan plan = preview.plan();

        assertThat(preview.blocked()).isFalse();
        assertThat(plan.periods()).isEmpty();
        assertThat(plan.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Action plan");
            assertThat(section.outcomes()).extracting(ImportedPlan.Outcome::number).containsExactly("1.0", "1.1", "1.2",
                    "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.0", "3.1", "3.2", "4.0", "4.1", "5.0",
                    "5.1", "5.2", "6.0", "7.0");
        });
        // Criteria broken over rows by the PDF's pages read whole again; "'Good' if:" ran into 3.0's cell.
        assertThat(plan.sections().get(0).outcomes()).filteredOn(outcome -> List.of("2.3", "3.0", "5.2")
                .contains(outcome.number())).extracting(ImportedPlan.Outcome::text).containsExactly(
                        "Thresholds for intervention are understood by partners, consistently applied, well embedded, "
                                + "reviewed and updated regularly.",
                        "There is timely & effective response to referrals (including out of office hours).  Drift & "
                                + "delay are avoided.",
                        "Authoritative action is taken where change is not secured and the risk to children "
                                + "intensifies or remains the same.");
        // 2.1: i) to iv) over two rows, each with its numbered lead; the timescales are not numbered.
        assertThat(actionsOf(plan, "2.1")).extracting(ImportedPlan.Action::description, ImportedPlan.Action::lead,
                ImportedPlan.Action::timescaleText, ImportedPlan.Action::dueDate).containsExactly(
                        tuple("Implementation of MASH.", "Assistant Director (AD)", "Oct 13 Sept.13", null),
                        tuple("Implementation of EH Offer, EH Team and multi-agency EH Panel.",
                                "EH/Early Years & Children's Centres", "Oct 13 Sept.13", null),
                        tuple("Development of multi- agency Children with Disabilities Services.",
                                "Health and Partnerships.", "March 14 Sept 14", null),
                        tuple("Development of integrated services for children with special needs (S.END agenda).",
                                "Health and Partnerships.", "March 14 Sept 14", null));
        assertThat(actionsOf(plan, "2.3")).extracting(ImportedPlan.Action::reference, ImportedPlan.Action::lead,
                ImportedPlan.Action::timescaleText, ImportedPlan.Action::dueDate).containsExactly(
                        tuple("2.3.1", "SGU", "Nov. 13", LocalDate.of(2013, 11, 30)),
                        tuple("2.3.2", "EH, Early Years and Children's Centres.", "Sept.13", LocalDate.of(2013, 9, 30)),
                        tuple("2.3.3", "AD", "Sept. 13", LocalDate.of(2013, 9, 30)));
        // 3.2: ii)'s text was lost from the PDF, but its timescale and lead are there; iii) and iv) share a row
        // and its "iii) Sept 13".
        assertThat(actionsOf(plan, "3.2")).extracting(ImportedPlan.Action::lead, ImportedPlan.Action::dueDate)
                .containsExactly(tuple("AD", LocalDate.of(2013, 12, 31)), tuple("SGS", LocalDate.of(2013, 11, 30)),
                        tuple("AD", LocalDate.of(2013, 9, 30)), tuple("AD", LocalDate.of(2013, 9, 30)));
        assertThat(actionsOf(plan, "7.0")).singleElement().satisfies(action -> {
            assertThat(action.description()).isEqualTo("To be agreed with partners.");
            assertThat(action.lead()).isEqualTo("AD");
            assertThat(action.dueDate()).isEqualTo(LocalDate.of(2013, 11, 30));
        });
        assertThat(plan.actions()).hasSize(39);
        assertThat(preview.problems()).allSatisfy(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(problem.place()).isEqualTo("Sheet 'Action plan'");
        });
    }

    @Test
    void hillingdonHasNoTableThatLooksLikeAPlan() throws IOException {
        ImportPreview preview = previewer.preview("hillingdon.docx", sample("hillingdon-improvement-plan-2014-16.docx"),
                null, null);

        assertThat(preview.blocked()).isTrue();
        assertThat(preview.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("There is no table with a header row naming plan columns (Action, Lead, Timescale…)"));
        assertThat(preview.plan().sections()).isEmpty();
    }

    private static List<ImportedPlan.Action> actionsOf(ImportedPlan plan, String outcomeNumber) {
        return plan.sections().stream().flatMap(section -> section.outcomes().stream())
                .filter(outcome -> outcomeNumber.equals(outcome.number())).findFirst().orElseThrow().actions();
    }

    private static byte[] sample(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        Assumptions.assumeTrue(Files.isReadable(file), "The sample plans are not here: " + file.toAbsolutePath());
        return Files.readAllBytes(file);
    }
}
