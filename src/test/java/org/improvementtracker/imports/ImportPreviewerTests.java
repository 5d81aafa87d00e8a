package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.improvementtracker.imports.OfficeFixtures.sheet;
import static org.improvementtracker.imports.OfficeFixtures.table;

import java.time.LocalDate;
import java.util.Map;

import org.improvementtracker.plans.RatingScale;
import org.junit.jupiter.api.Test;

/** The previewer's rules, each on a small file made with POI. */
class ImportPreviewerTests {

    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    @Test
    void rowsBecomeSectionsOutcomesAndActionsWithTheirRatings() {
        byte[] file = sheet("Priority 1",
                new String[] {"Priority", "Outcome", "Action", "Lead", "Timescale", "RAG Initial", "RAG 01/18"},
                new String[] {"Safeguarding", "1.1 Children are seen", "Visit every child", "AD", "Apr-18", "Red", "Green"},
                new String[] {"", "", "Audit the visits", "SGU", "June 2018", "a", ""},
                new String[] {"", "1.2 Plans are clear", "New plan format", "PP&P", "Sept 13", "", "g"});

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.mapping().keys()).containsEntry("A", "section").containsEntry("F", "rating:initial")
                .containsEntry("G", "rating:01/18");
        ImportedPlan plan = preview.plan();
        assertThat(plan.ratingScale()).isEqualTo(RatingScale.RAG);
        assertThat(plan.periods()).containsExactly("initial", "01/18");
        assertThat(plan.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Safeguarding");
            assertThat(section.outcomes()).extracting(ImportedPlan.Outcome::number, ImportedPlan.Outcome::text)
                    .containsExactly(tuple("1.1", "Children are seen"), tuple("1.2", "Plans are clear"));
        });
        assertThat(plan.actions()).extracting(ImportedPlan.Action::reference, ImportedPlan.Action::description,
                ImportedPlan.Action::lead, ImportedPlan.Action::timescaleText, ImportedPlan.Action::dueDate)
                .containsExactly(tuple("1.1.1", "Visit every child", "AD", "Apr-18", LocalDate.of(2018, 4, 30)),
                        tuple("1.1.2", "Audit the visits", "SGU", "June 2018", LocalDate.of(2018, 6, 30)),
                        tuple("1.2.1", "New plan format", "PP&P", "Sept 13", LocalDate.of(2013, 9, 30)));
        assertThat(plan.actions().get(0).ratings()).containsExactly(Map.entry("initial", 1), Map.entry("01/18", 3));
        assertThat(plan.actions().get(1).ratings()).containsEntry("initial", 2).containsEntry("01/18", null);
        assertThat(plan.actions().get(2).source()).isEqualTo(new ImportedPlan.SourcePlace("Sheet 'Priority 1'", 4));
    }

    @Test
    void aWordTableWithHeadingRowsAndNumberedActions() {
        byte[] file = table(new String[] {"Recommendation", "Milestone", "Date due", "Lead", "RAG status"},
                new String[] {"Actions specific to Ofsted Inspection"},
                new String[] {"1. Assessments vary.\nA) Clearer analysis.", "i) New format. ii) Sign-off by managers.",
                    "i) July 2013 ii) Sept 2013", "i) Liz Jones ii) Team Managers", "Green"},
                new String[] {"Overarching thematic issues"},
                new String[] {"2. Thresholds", "Review the threshold document", "", "R. Baldwin", "amber"});

        ImportPreview preview = previewer.preview("plan.docx", file, null, null);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.plan().sections()).extracting(ImportedPlan.Section::title)
                .containsExactly("Actions specific to Ofsted Inspection", "Overarching thematic issues");
        assertThat(preview.plan().sections().get(0).outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.number()).isEqualTo("1");
            assertThat(outcome.text()).isEqualTo("Assessments vary.\nA) Clearer analysis.");
        });
        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::reference,
                ImportedPlan.Action::description, ImportedPlan.Action::lead, ImportedPlan.Action::timescaleText,
                action -> action.ratings().get(ImportedPlan.CURRENT))
                .containsExactly(tuple("1.1", "New format.", "Liz Jones", "July 2013", 3),
                        tuple("1.2", "Sign-off by managers.", "Team Managers", "Sept 2013", 3),
                        tuple("2.1", "Review the threshold document", "R. Baldwin", null, 2));
    }

    @Test
    void aFileThatIsNotAPlanIsAPreviewWithAnError() {
        ImportPreview notes = previewer.preview("notes.docx", table(new String[] {"Name", "Notes"},
                new String[] {"A", "B"}), null, null);
        ImportPreview old = previewer.preview("plan.xls", new byte[] {1, 2, 3}, null, null);
        ImportPreview empty = previewer.preview("plan.xlsx", new byte[0], null, null);

        assertThat(notes.blocked()).isTrue();
        assertThat(notes.problems()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("There is no table with a header row naming plan columns (Action, Lead, Timescale…)");
        assertThat(notes.plan().sections()).isEmpty();
        assertThat(old.problems()).singleElement().extracting(ImportProblem::message).asString()
                .contains("old Office 97-2003 format");
        assertThat(empty.problems()).singleElement().extracting(ImportProblem::message).asString()
                .contains("The file is empty");
    }
}
