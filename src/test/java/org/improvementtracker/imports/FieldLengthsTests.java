package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.improvementtracker.imports.OfficeFixtures.sheet;
import static org.improvementtracker.imports.OfficeFixtures.table;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Values longer than the plan can store are errors at the preview, each naming its cell, so that the import
 * stops there instead of failing when it is written; at the limit they are taken as they are.
 */
class FieldLengthsTests {

    private static final String[] HEADER = {"Priority", "Outcome", "Action", "Lead", "Responsible officer",
        "Timescale", "RAG 01/18"};

    private final ImportPreviewer previewer = new ImportPreviewer(ImportLimits.DEFAULT);

    @Test
    void eachValueTooLongForItsColumnIsAnErrorNamingItsCell() {
        String sectionNumber = "1." + "1".repeat(20);
        String outcomeNumber = "2." + "2".repeat(20);
        String reference = "3." + "3".repeat(29);
        String lead = "Jo Smith, " + "Head of Service ".repeat(13).strip();
        String officer = "O".repeat(201);
        String timescale = "By March 2026, " + "then every month".repeat(12);
        byte[] file = sheet("Priority 1", HEADER,
                row(sectionNumber + " Safeguarding", "1.1 Children are seen", "Visit", "AD", "SGU", "Apr-18", "Red"),
                row("2. " + "S".repeat(301), outcomeNumber + " Plans are clear", reference + " Audit", lead,
                        officer, timescale, "Green"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.blocked()).isTrue();
        assertThat(preview.problems()).allSatisfy(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(problem.file()).isEqualTo("plan.xlsx");
            assertThat(problem.place()).isEqualTo("Sheet 'Priority 1'");
        });
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple(2, "A", sectionNumber), tuple(3, "A", "S".repeat(301)),
                        tuple(3, "B", outcomeNumber), tuple(3, "C", reference), tuple(3, "F", timescale),
                        tuple(3, "D", lead), tuple(3, "E", officer));
        assertThat(preview.problems()).extracting(ImportProblem::message).containsExactly(
                "The section's number is 22 characters long, and can be at most 20: shorten it in the file",
                "The section's title is 301 characters long, and can be at most 300: shorten it in the file, or check "
                        + "that this column holds the sections",
                "The outcome's number is 22 characters long, and can be at most 20: shorten it in the file",
                "The action's reference is 31 characters long, and can be at most 30: number the action with a shorter "
                        + "reference in the file",
                "The timescale is 207 characters long, and can be at most 200: shorten it in the file to the date or "
                        + "the words that say when",
                "The lead's name is 217 characters long, and can be at most 200: shorten it in the file to the "
                        + "person's name or role, and put anything more in an action's text",
                "The responsible officer's name is 201 characters long, and can be at most 200: shorten it in the "
                        + "file to the person's name or role, and put anything more in an action's text");
    }

    @Test
    void valuesAtTheLimitAndTextStoredWithoutOneAreTakenAsTheyAre() {
        String reference = "3." + "3".repeat(28);
        byte[] file = sheet("Priority 1", HEADER,
                row("1." + "1".repeat(18) + " " + "S".repeat(300), "2." + "2".repeat(18) + " " + "O".repeat(6_000),
                        reference + " " + "Visit every child. ".repeat(600), "  Jo  \n  " + "J".repeat(197) + "  ",
                        "O".repeat(200), "T".repeat(200), "Red"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.problems()).extracting(ImportProblem::message)
                .allSatisfy(message -> assertThat(message).doesNotContain("characters long"));
        assertThat(preview.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.reference()).isEqualTo(reference);
            assertThat(action.description()).hasSizeGreaterThan(10_000);
            assertThat(action.lead()).as("a name is measured with its spaces run together, as it is stored")
                    .hasSize(204);
        });
    }

    @Test
    void aSectionOrOutcomeWrittenOnEveryRowIsNamedOnceWhereItFirstComes() {
        String outcome = "1." + "1".repeat(20) + " Seen";
        byte[] file = sheet("Priority 1", row("Outcome", "Action"), row(outcome, "Visit"), row(outcome, "Audit"),
                row("", "Review"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2, "A"));
    }

    @Test
    void aSectionHeadingRowIsNamedAtItsOwnCell() {
        String heading = "Actions specific to the inspection: " + "and more besides ".repeat(17).strip();
        byte[] file = table(row("Recommendation", "Milestone", "Lead"), row(heading),
                row("1. Assessments vary", "New format", "Liz Jones"));

        ImportPreview preview = previewer.preview("plan.docx", file, null, null);

        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo("Table 1");
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("A");
            assertThat(problem.value()).isEqualTo(heading);
            assertThat(problem.message()).startsWith("The section's title is 324 characters long");
        });
    }

    @Test
    void aFileWhoseNameIsItsSectionsTitleIsNamedWhenTheNameIsTooLong() {
        String name = "P".repeat(301);
        byte[] file = "Action,Lead\nVisit every child,AD\n".getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = previewer.preview(name + ".csv", file, null, null);

        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("The file");
            assertThat(problem.value()).isEqualTo(name);
            assertThat(problem.message()).isEqualTo("The file's name, which is its section's title, is 301 "
                    + "characters long, and can be at most 300: rename it, or choose the column that holds the sections");
        });
        assertThat(previewer.preview("P".repeat(300) + ".csv", file, null, null).problems()).isEmpty();
    }

    @Test
    void aPeriodLabelTooLongIsAnErrorNamingItsColumnFromTheHeadingOrTheMapping() {
        String label = "for the quarter ending thirty-first of March 2026!!";
        byte[] file = sheet("Plan", row("Action", "RAG " + label, "Update " + label.substring(1)),
                row("Visit", "Red", "Done"));
        ColumnMapping mapping = ColumnMapping.parse(Map.of("A", "action", "B", "rating:01/18",
                "C", "update:" + label));

        ImportPreview proposed = previewer.preview("plan.xlsx", file, null, null);
        ImportPreview confirmed = previewer.preview("plan.xlsx", file, mapping, null);

        assertThat(proposed.plan().periods()).containsExactly(label, label.substring(1));
        assertThat(proposed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.ERROR);
            assertThat(problem.where()).isEqualTo("Column B");
            assertThat(problem.value()).isEqualTo(label);
            assertThat(problem.message()).isEqualTo("The period's label is 51 characters long, and can be at most "
                    + "50: name the period by its month, such as March 2014 or 03/14, in the column's heading or in "
                    + "the mapping");
        });
        assertThat(confirmed.problems()).extracting(ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple("C", label));
    }

    private static String[] row(String... cells) {
        return cells;
    }
}
