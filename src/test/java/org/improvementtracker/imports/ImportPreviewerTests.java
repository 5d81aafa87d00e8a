package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.improvementtracker.imports.OfficeFixtures.sheet;
import static org.improvementtracker.imports.OfficeFixtures.table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
    void withoutASectionColumnEachSheetIsASectionAndAWordFileOne() {
        byte[] workbook = OfficeFixtures.xlsx(book -> {
            OfficeFixtures.addSheet(book, "Safeguarding", row("Outcome", "Action", "Lead"), row("Seen", "Visit", "AD"));
            OfficeFixtures.addSheet(book, "Early help", row("Outcome", "Action", "Lead"), row("", "Panel", "EH"));
        });
        byte[] document = OfficeFixtures.docx(word -> {
            word.createTable(2, 2).getRow(0).getCell(0).setText("Action");
            word.getTables().get(0).getRow(0).getCell(1).setText("Lead");
            word.getTables().get(0).getRow(1).getCell(0).setText("Visit");
            word.createParagraph();
            word.createTable(2, 2).getRow(0).getCell(0).setText("Action");
            word.getTables().get(1).getRow(0).getCell(1).setText("Lead");
            word.getTables().get(1).getRow(1).getCell(0).setText("Audit");
        });

        ImportedPlan sheets = previewer.preview("plan.xlsx", workbook, null, null).plan();
        ImportedPlan tables = previewer.preview("Our plan.docx", document, null, null).plan();

        assertThat(sheets.sections()).extracting(ImportedPlan.Section::title).containsExactly("Safeguarding", "Early help");
        // A new sheet starts afresh: the blank outcome cell does not reach back to the first sheet's.
        assertThat(sheets.sections().get(1).outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.text()).isNull();
            assertThat(outcome.actions()).extracting(ImportedPlan.Action::reference).containsExactly("2.1.1");
        });
        assertThat(tables.sections()).singleElement().satisfies(section -> assertThat(section.title()).isEqualTo("Our plan"));
        assertThat(tables.actions()).extracting(ImportedPlan.Action::description).containsExactly("Visit", "Audit");
    }

    @Test
    void aNumberInOneColumnTakesItsTitleFromTheNext() {
        byte[] numberColumn = sheet("Plan", row("No.", "Priority", "Action"), row("1.", "Safeguarding", "Visit"),
                row("2.", "Early help", "Panel"));
        byte[] ownCell = table(row("Recommendation", "Milestone", "Lead", "RAG status"),
                row("6.", "Risk is managed", "Review tracking", "Trina Shane", "Green"));

        ImportedPlan sections = previewer.preview("plan.xlsx", numberColumn, null, null).plan();
        ImportPreview outcome = previewer.preview("plan.docx", ownCell, null, null);

        assertThat(sections.sections()).extracting(ImportedPlan.Section::number, ImportedPlan.Section::title)
                .containsExactly(tuple("1", "Safeguarding"), tuple("2", "Early help"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.plan().sections().get(0).outcomes()).singleElement().satisfies(found -> {
            assertThat(found.number()).isEqualTo("6");
            assertThat(found.text()).isEqualTo("Risk is managed");
        });
        assertThat(outcome.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.description()).isEqualTo("Review tracking");
            assertThat(action.lead()).isEqualTo("Trina Shane");
            assertThat(action.ratings()).containsEntry(ImportedPlan.CURRENT, 3);
        });
    }

    @Test
    void referencesComeFromTheActionsNumberElseFromItsPlaceAndAreUnique() {
        byte[] file = sheet("Plan", row("Outcome", "Action"), row("1.0 Seen", "Visit"), row("", "Audit"),
                row("", "2.3.1 Train staff"), row("", "4. Review"), row("Heard", "Ask"), row("", "1.0.1 Survey"),
                row("", "5. Report"));

        ImportedPlan plan = previewer.preview("plan.xlsx", file, null, null).plan();

        assertThat(plan.actions()).extracting(ImportedPlan.Action::reference, ImportedPlan.Action::description,
                ImportedPlan.Action::referenceGiven)
                .as("only the file's own numbers, unchanged, are given; \"5.\" under an unnumbered outcome is not")
                .containsExactly(tuple("1.0.1", "Visit", false), tuple("1.0.2", "Audit", false),
                        tuple("2.3.1", "Train staff", true), tuple("1.0.4", "Review", true),
                        tuple("1.2.1", "Ask", false), tuple("1.0.1-2", "Survey", false),
                        tuple("1.2.5", "Report", false));
    }

    @Test
    void aCellOfNumberedActionsIsOneActionEachWithItsPartOfTheLeadAndTimescale() {
        byte[] file = sheet("Plan", row("Outcome", "Action", "Timescale", "Lead", "Responsible officer"),
                row("2.1 Help is early", "i) Implement MASH. ii) EH panel. iii) CwD service.", "i) Dec 13. ii) Sept 14 iii) March 14",
                        "i) AD ii) EH iii) Health", "Jo Bloggs"),
                row("", "a) Train b) Audit", "Sept 13 Jan 14", "1) SGU 2) AD 3) PP&P", ""));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::description, ImportedPlan.Action::lead,
                ImportedPlan.Action::responsibleOfficer, ImportedPlan.Action::timescaleText, ImportedPlan.Action::dueDate)
                .containsExactly(tuple("Implement MASH.", "AD", "Jo Bloggs", "Dec 13.", LocalDate.of(2013, 12, 31)),
                        tuple("EH panel.", "EH", "Jo Bloggs", "Sept 14", LocalDate.of(2014, 9, 30)),
                        tuple("CwD service.", "Health", "Jo Bloggs", "March 14", LocalDate.of(2014, 3, 31)),
                        tuple("Train", "1) SGU 2) AD 3) PP&P", null, "Sept 13 Jan 14", null),
                        tuple("Audit", "1) SGU 2) AD 3) PP&P", null, "Sept 13 Jan 14", null));
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple(3, "D", "1) SGU 2) AD 3) PP&P"), tuple(3, "C", "Sept 13 Jan 14"));
        assertThat(preview.problems().get(0).message())
                .isEqualTo("The cell numbers 3 parts but the action cell 2 actions, so each action keeps the whole cell: "
                        + "share it out after the import");
        assertThat(preview.problems().get(1).message()).startsWith("Several dates without a range: the due date is left empty");
    }

    @Test
    void successMeasuresAreOnePerLineAndOtherTextKeepsItsLineBreaks() {
        byte[] file = table(row("Action", "Success measures", "Evidence of impact"),
                row("Develop a plan format:\n• Concise\n• Fridge-style", "• Plans audited good\n\n- 80% on time",
                        "Audit in May\nAudit in June"));

        ImportedPlan.Action action = previewer.preview("plan.docx", file, null, null).plan().actions().get(0);

        assertThat(action.description()).isEqualTo("Develop a plan format:\n• Concise\n• Fridge-style");
        assertThat(action.successMeasures()).containsExactly("Plans audited good", "80% on time");
        assertThat(action.evidenceOfImpact()).isEqualTo("Audit in May\nAudit in June");
    }

    @Test
    void aTimescaleThatCannotBeReadIsAWarningAndKeepsItsText() {
        byte[] file = sheet("Plan", row("Action", "Timescale"), row("Visit", "Sept 13 - Jan 14."), row("Audit", "TBC"),
                row("Train", ""));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::timescaleText, ImportedPlan.Action::dueDate)
                .containsExactly(tuple("Sept 13 - Jan 14.", LocalDate.of(2014, 1, 31)), tuple("TBC", null), tuple(null, null));
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(problem.sentence()).startsWith("plan.xlsx, Sheet 'Plan', row 3, column B: ")
                    .endsWith(": the due date is left empty, to be set after the import (the timescale's text is kept) "
                            + "(it holds ‘TBC’)");
        });
        assertThat(preview.blocked()).isFalse();
    }

    @Test
    void aCellThatIsNotARatingIsAWarningAndTheActionIsNotRatedForThatPeriod() {
        byte[] file = sheet("P1", row("Action", "RAG Initial", "RAG 01/18", "RAG 03/18"),
                row("Visit", "1", "re", "4"), row("Audit", "0", "01/03/2018", "5"), row("Train", "", "7", "GREEN"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().ratingScale()).isEqualTo(RatingScale.PROGRESS_5);
        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::ratings).containsExactly(
                ratings("initial", 1, "01/18", null, "03/18", 4), ratings("initial", null, "01/18", null, "03/18", 5),
                ratings("initial", null, "01/18", null, "03/18", null));
        assertThat(preview.problems()).extracting(ImportProblem::sentence).containsExactly(
                "plan.xlsx, Sheet 'P1', row 2, column C: 're' is not a rating on the Progress, 1 to 5 scale (1 to 5, "
                        + "or blank or 0 for not rated): the action is imported as not rated for 01/18 (it holds ‘re’)",
                "plan.xlsx, Sheet 'P1', row 3, column C: '01/03/2018' is not a rating on the Progress, 1 to 5 scale "
                        + "(1 to 5, or blank or 0 for not rated): the action is imported as not rated for 01/18 "
                        + "(it holds ‘01/03/2018’)",
                "plan.xlsx, Sheet 'P1', row 4, column C: '7' is not a rating on the Progress, 1 to 5 scale (1 to 5, "
                        + "or blank or 0 for not rated): the action is imported as not rated for 01/18 (it holds ‘7’)",
                "plan.xlsx, Sheet 'P1', row 4, column D: 'GREEN' is not a rating on the Progress, 1 to 5 scale (1 to 5, "
                        + "or blank or 0 for not rated): the action is imported as not rated for 03/18 (it holds ‘GREEN’)");
    }

    @Test
    void theScaleIsInferredFromTheRatingsUnlessThePlansScaleIsGiven() {
        byte[] words = sheet("Plan", row("Action", "RAG status"), row("Visit", "green"), row("Audit", "B"));

        assertThat(previewer.preview("plan.xlsx", words, null, null).plan().actions())
                .extracting(action -> action.ratings().get(ImportedPlan.CURRENT)).containsExactly(3, 4);
        assertThat(previewer.preview("plan.xlsx", words, null, null).plan().ratingScale()).isEqualTo(RatingScale.BRAG);
        ImportPreview onRag = previewer.preview("plan.xlsx", words, null, RatingScale.RAG);
        assertThat(onRag.plan().ratingScale()).isEqualTo(RatingScale.RAG);
        assertThat(onRag.plan().actions()).extracting(action -> action.ratings().get(ImportedPlan.CURRENT))
                .containsExactly(3, null);
        assertThat(onRag.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(tuple(3, "B"));
    }

    @Test
    void aRowShiftedLeftByAMissingCellIsReadBackInPlaceAndNamed() {
        byte[] file = sheet("P1", row("Action", "Lead", "Time", "RAG Initial", "RAG 01/18", "Progress update"),
                row("Visit", "AD", "Apr-18", "2", "3", "Going well"),
                row("Audit", "Apr-18", "1", "2", "Started late"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        ImportedPlan.Action shifted = preview.plan().actions().get(1);
        assertThat(shifted.ratings()).isEqualTo(ratings("initial", 1, "01/18", 2));
        assertThat(shifted.updates()).containsExactly(Map.entry(ImportedPlan.CURRENT, "Started late"));
        assertThat(shifted.lead()).isEqualTo("Apr-18");
        assertThat(shifted.timescaleText()).isNull();
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("C");
            assertThat(problem.message()).startsWith("The row looks shifted one cell to the left");
        });
    }

    @Test
    void aRowShiftedRightByAnExtraCellIsReadBackInPlaceAndNamed() {
        byte[] file = table(row("Milestone", "Date due", "Lead", "Update", "RAG status"),
                row("Agree timescales", "", "", "RB/TS", "45 days agreed", "Green"));

        ImportPreview preview = previewer.preview("plan.docx", file, null, null);

        assertThat(preview.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.lead()).isEqualTo("RB/TS");
            assertThat(action.updates()).containsExactly(Map.entry(ImportedPlan.CURRENT, "45 days agreed"));
            assertThat(action.ratings()).containsExactly(Map.entry(ImportedPlan.CURRENT, 3));
        });
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("E");
            assertThat(problem.message()).startsWith("The row looks shifted one cell to the right");
        });
    }

    @Test
    void textBrokenOverRowsIsJoinedBack() {
        byte[] file = sheet("Plan", row("Likely to be judged", "Action", "Timescale", "Lead", "Measures of progress"),
                row("'Good' if:", "Required", "", "Lead Officer", "Measures of impact"),
                row("'Good' if:  3.0. There is timely", "Implementation of Multi-", "Oct 13", "AD", "Co-located team"),
                row("response & drift is avoided.", "agency panel.", "", "", "Fewer referrals"),
                row("", "", "", "EH", ""),
                row("& referrals are timely.", "Review OOH team", "Sept 13", "SGU", ""));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().sections().get(0).outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.number()).isEqualTo("3.0");
            assertThat(outcome.text()).isEqualTo("There is timely response & drift is avoided. & referrals are timely.");
        });
        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::description, ImportedPlan.Action::lead,
                ImportedPlan.Action::successMeasures).containsExactly(
                        tuple("Implementation of Multi- agency panel.", "AD\nEH", List.of("Co-located team", "Fewer referrals")),
                        tuple("Review OOH team", "SGU", List.of()));
        assertThat(preview.problems()).isEmpty();
    }

    @Test
    void aRowWithNoActionTextUnderANewOutcomeIsAnActionWithAWarningAndOutcomesWithoutActionsAreKept() {
        byte[] file = sheet("Plan", row("Outcome", "Action", "Timescale", "Lead"),
                row("1.2 Children are engaged"), row("1.3 Workers engage", "", "March 14", "AD"),
                row("1.4 Feedback is used", "Review systems", "", ""));

        ImportPreview preview = previewer.preview("plan.xlsx", file, null, null);

        assertThat(preview.plan().sections().get(0).outcomes()).extracting(ImportedPlan.Outcome::number,
                outcome -> outcome.actions().size()).containsExactly(tuple("1.2", 0), tuple("1.3", 1), tuple("1.4", 1));
        assertThat(preview.plan().actions().get(0).description()).isEmpty();
        assertThat(preview.plan().actions().get(0).lead()).isEqualTo("AD");
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("B");
            assertThat(problem.message()).startsWith("The row has no action text");
        });
    }

    @Test
    void repeatedHeaderAndBlankRowsAreSkipped() {
        byte[] file = table(row("Outcome", "Action", "Lead"), row("1. Seen", "Visit", "AD"), row("", "", ""),
                row("Outcome", "Action", "Lead"), row("", "Audit", "SGU"));

        ImportPreview preview = previewer.preview("plan.docx", file, null, null);

        assertThat(preview.plan().actions()).extracting(ImportedPlan.Action::reference, ImportedPlan.Action::description)
                .containsExactly(tuple("1.1", "Visit"), tuple("1.2", "Audit"));
    }

    @Test
    void aConfirmedMappingIsUsedInsteadOfTheProposedOne() {
        byte[] file = sheet("Plan", row("Ref", "Steps", "Owner", "Timescale"), row("1", "Visit", "AD", "Weekly"));
        ColumnMapping mapping = ColumnMapping.parse(Map.of("B", "action", "C", "responsibleOfficer", "D", "update:May"));

        ImportPreview preview = previewer.preview("plan.xlsx", file, mapping, null);

        assertThat(preview.mapping()).isEqualTo(mapping);
        assertThat(preview.plan().periods()).containsExactly("May");
        assertThat(preview.plan().actions()).singleElement().satisfies(action -> {
            assertThat(action.description()).isEqualTo("Visit");
            assertThat(action.lead()).isNull();
            assertThat(action.responsibleOfficer()).isEqualTo("AD");
            assertThat(action.updates()).containsExactly(Map.entry("May", "Weekly"));
        });
        ImportPreview noAction = previewer.preview("plan.xlsx", file, ColumnMapping.parse(Map.of("C", "lead")), null);
        assertThat(noAction.blocked()).isTrue();
    }

    @Test
    void aFileThatIsNotAPlanIsAPreviewWithAnError() {
        ImportPreview notes = previewer.preview("notes.docx", table(new String[] {"Name", "Notes"},
                new String[] {"A", "B"}), null, null);
        ImportPreview old = previewer.preview("plan.xls", new byte[] {1, 2, 3}, null, null);
        ImportPreview empty = previewer.preview("plan.xlsx", new byte[0], null, null);
        ImportPreview macros = previewer.preview("plan.xlsm", OfficeFixtures.oneSheetXlsx(), null, null);
        ImportPreview text = previewer.preview("plan.txt", new byte[] {'a'}, null, null);

        assertThat(notes.blocked()).isTrue();
        assertThat(notes.problems()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("There is no table with a header row naming plan columns (Action, Lead, Timescale…)");
        assertThat(notes.plan().sections()).isEmpty();
        assertThat(old.problems()).singleElement().extracting(ImportProblem::message).asString()
                .contains("old Office 97-2003 format");
        assertThat(empty.problems()).singleElement().extracting(ImportProblem::message).asString()
                .contains("The file is empty");
        assertThat(macros.problems()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("The file is macro-enabled");
        assertThat(text.problems()).singleElement().extracting(ImportProblem::message).asString()
                .startsWith("Only Word documents (.docx), Excel workbooks (.xlsx) and CSV files (.csv)");
        assertThat(List.of(notes, old, empty, macros, text)).allSatisfy(preview -> {
            assertThat(preview.blocked()).isTrue();
            assertThat(preview.plan().actions()).isEmpty();
        });
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** Period → rating pairs, null for not rated, in order. */
    private static Map<String, Integer> ratings(Object... pairs) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (int at = 0; at < pairs.length; at += 2) {
            ratings.put((String) pairs[at], (Integer) pairs[at + 1]);
        }
        return ratings;
    }
}
