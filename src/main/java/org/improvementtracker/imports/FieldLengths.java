package org.improvementtracker.imports;

import java.util.List;
import java.util.regex.Pattern;

import org.improvementtracker.people.Person;
import org.improvementtracker.plans.NewAction;
import org.improvementtracker.plans.NewOutcome;
import org.improvementtracker.plans.NewSection;
import org.improvementtracker.reporting.PastPeriod;

/**
 * Whether each part of an imported plan fits where its feature stores it (the limits are the owners':
 * {@link NewSection}, {@link NewOutcome}, {@link NewAction}, {@link Person}, {@link PastPeriod}). One that does
 * not is an error naming its cell, found at the preview, so that the import never reaches the database with
 * it. An error rather than a value cut short: a shortened reference, number or name says something else
 * (two references become one, a lead becomes someone else). Descriptions, outcomes' text, success measures,
 * updates and evidence are stored without a limit, so they are not checked.
 */
final class FieldLengths {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String fileName;
    private final List<ImportProblem> problems;

    FieldLengths(String fileName, List<ImportProblem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    /** A new section's number and title, from the cell at the row and column. */
    void section(String place, int row, String column, String number, String title) {
        check(place, row, column, number, NewSection.MAX_NUMBER, "The section's number",
                "shorten it in the file");
        check(place, row, column, title, NewSection.MAX_TITLE, "The section's title",
                "shorten it in the file, or check that this column holds the sections");
    }

    /** A section named after the sheet, or the file when it has no sheets, for want of a section column. */
    void sectionNamedAfter(String place, String title) {
        check(place, null, null, title, NewSection.MAX_TITLE, place != null
                ? "The sheet's name, which is its section's title," : "The file's name, which is its section's title,",
                "rename it, or choose the column that holds the sections");
    }

    /** A new outcome's number, from the cell at the row and column; its text may be of any length. */
    void outcome(String place, int row, String column, String number) {
        check(place, row, column, number, NewOutcome.MAX_NUMBER, "The outcome's number", "shorten it in the file");
    }

    /**
     * An action's reference, timescale, lead and responsible officer, named at the action's row in the first
     * column of each (a continued action's text may have been joined from the rows below it).
     */
    void action(ImportedPlan.Action action, String actionColumn, String timescaleColumn, String leadColumn,
            String officerColumn) {
        String place = action.source().place();
        int row = action.source().row();
        check(place, row, actionColumn, action.reference(), NewAction.MAX_REFERENCE, action.referenceGiven()
                ? "The action's reference" : "The reference made up for the action from its place",
                "number the action with a shorter reference in the file");
        check(place, row, timescaleColumn, action.timescaleText(), NewAction.MAX_TIMESCALE_TEXT, "The timescale",
                "shorten it in the file to the date or the words that say when");
        checkName(place, row, leadColumn, action.lead(), "The lead's name");
        checkName(place, row, officerColumn, action.responsibleOfficer(), "The responsible officer's name");
    }

    /** The period a rating or update column is for, as its heading or the mapping names it. */
    void period(String column, String label) {
        check(null, null, column, label, PastPeriod.MAX_LABEL, "The period's label", "name the period by its month, "
                + "such as March 2014 or 03/14, in the column's heading or in the mapping");
    }

    /** A name as the organisation's people will hold it: with its spaces run together ({@code People.findOrAdd}). */
    private void checkName(String place, int row, String column, String name, String what) {
        String stored = name == null ? null : SPACES.matcher(name.strip()).replaceAll(" ");
        check(place, row, column, stored, Person.MAX_NAME, what, "shorten it in the file to the person's name or "
                + "role, and put anything more in an action's text");
    }

    private void check(String place, Integer row, String column, String value, int limit, String what,
            String advice) {
        if (value != null && value.length() > limit) {
            problems.add(new ImportProblem(ImportProblem.Severity.ERROR, fileName, place, row, column, value, what
                    + " is " + value.length() + " characters long, and can be at most " + limit + ": " + advice));
        }
    }
}
