package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.improvementtracker.imports.DraftPlan.DraftAction;
import org.improvementtracker.imports.DraftPlan.DraftOutcome;
import org.improvementtracker.imports.DraftPlan.DraftSection;
import org.improvementtracker.imports.Numbering.Numbered;
import org.improvementtracker.imports.Numbering.Parts;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.Timescale;
import org.improvementtracker.plans.TimescaleParser;

/**
 * Turns the data rows of a file's action tables, in order, into sections, outcomes and actions under one
 * {@link ColumnMapping}, noting a problem for every cell it cannot take as it is. The rules, row by row:
 * <ul>
 * <li>A blank section or outcome cell keeps the one above (merged cells, or text written once per group), also
 * from one Word table to the next; a new sheet starts afresh.</li>
 * <li>Without a section column, a row whose only cell is unnumbered text (B&amp;NES's "Actions specific to
 * Ofsted Inspection") is a section heading; before any, each sheet is a section named after it, and a Word or
 * CSV file one section named after the file.</li>
 * <li>A section or outcome cell holding only its number ("6.") takes its title from the next column: an
 * unmapped one, or the next cell when the row has a cell more than the header (the title was given a cell of
 * its own).</li>
 * <li>An outcome cell starting with a small letter continues the outcome above (a long cell broken over rows,
 * as text from a PDF is), and so does one numbered "A)" or "ii)" under an outcome numbered "2" (its
 * sub-points).</li>
 * <li>An action cell holding "i) … ii) …" is one action per part; lead, responsible officer and timescale cells
 * numbered the same way are shared out part by part when the counts agree, and otherwise each action keeps the
 * whole cell, with a warning.</li>
 * <li>A row with no action text but other cells continues the action above it (a row broken over a page);
 * with no action above, it is an action with no text, and a warning.</li>
 * <li>Success measures are one per line (each paragraph or bullet of a Word cell), bullet marks left off;
 * other text keeps its line breaks.</li>
 * <li>A row of single characters (a PDF's table lines read as text) is left out, with a warning.</li>
 * <li>A rating in the column before the first rating column while the last rating column holds no rating
 * means a cell is missing to the left: the row's cells from there on are read one column to the right
 * (so the ratings and update land where they belong), and a warning names the row.</li>
 * </ul>
 */
final class ActionTables {

    /** A rating or update column and the period it is for. */
    record PeriodColumn(int column, String period) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪◦·*\\-–]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private static final Comparator<String> COLUMN_ORDER = Comparator.comparingInt(ActionTables::columnIndex);

    private final String fileName;
    private final String fileSection;
    private final RatingScale scale;
    private final List<ImportProblem> problems;
    private final FieldLengths lengths;
    private final DraftPlan plan = new DraftPlan();
    /** Timescales read so far by their text: a plan repeats a few ("Apr-18") down thousands of rows. */
    private final Map<String, Timescale> timescales = new HashMap<>();

    private final Set<Integer> mapped = new LinkedHashSet<>();
    private final List<Integer> sectionColumns;
    private final List<Integer> outcomeColumns;
    private final List<Integer> actionColumns;
    private final List<Integer> leadColumns;
    private final List<Integer> officerColumns;
    private final List<Integer> timescaleColumns;
    private final List<Integer> measureColumns;
    private final List<Integer> evidenceColumns;
    private final List<PeriodColumn> ratingColumns;
    private final List<PeriodColumn> updateColumns;

    private SourceTable table;
    private List<ProposedColumn> headings;
    private int headerWidth;
    private String sheet;
    private DraftSection section;
    private DraftOutcome outcome;

    ActionTables(String fileName, ColumnMapping mapping, RatingScale scale, List<ImportProblem> problems) {
        this.fileName = fileName;
        this.fileSection = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        this.scale = scale;
        this.problems = problems;
        this.lengths = new FieldLengths(fileName, problems);
        mapping.columns().keySet().forEach(letter -> mapped.add(columnIndex(letter)));
        sectionColumns = columns(mapping, PlanField.SECTION);
        outcomeColumns = columns(mapping, PlanField.OUTCOME);
        actionColumns = columns(mapping, PlanField.ACTION);
        leadColumns = columns(mapping, PlanField.LEAD);
        officerColumns = columns(mapping, PlanField.RESPONSIBLE_OFFICER);
        timescaleColumns = columns(mapping, PlanField.TIMESCALE);
        measureColumns = columns(mapping, PlanField.SUCCESS_MEASURES);
        evidenceColumns = columns(mapping, PlanField.EVIDENCE_OF_IMPACT);
        ratingColumns = periodColumns(mapping, PlanField.RATING);
        updateColumns = periodColumns(mapping, PlanField.UPDATE);
    }

    /** The periods of the mapping's rating and update columns: the initial rating first, then column order. */
    static List<String> periods(ColumnMapping mapping) {
        Set<String> periods = new LinkedHashSet<>();
        List<PeriodColumn> columns = new ArrayList<>(periodColumns(mapping, PlanField.RATING));
        columns.addAll(periodColumns(mapping, PlanField.UPDATE));
        columns.sort(Comparator.comparingInt(PeriodColumn::column));
        columns.stream().filter(column -> column.period().equals(ProposedColumn.INITIAL)).findFirst()
                .ifPresent(column -> periods.add(column.period()));
        columns.forEach(column -> periods.add(column.period()));
        return List.copyOf(periods);
    }

    /** The rating cells of a table under the mapping, for inferring the scale. */
    static List<String> ratingCells(ColumnProposal table, ColumnMapping mapping) {
        List<PeriodColumn> columns = periodColumns(mapping, PlanField.RATING);
        List<String> cells = new ArrayList<>();
        for (SourceRow row : table.dataRows()) {
            columns.forEach(column -> cells.add(row.cell(column.column())));
        }
        return cells;
    }

    /**
     * The plan the rows read so far make, with the periods of the rating and update columns; an error for each
     * action's part and period label too long to be stored ({@link FieldLengths}).
     */
    ImportedPlan plan(List<String> periods, List<ImportedPlan.Indicator> indicators) {
        ImportedPlan built = plan.build(scale, periods, indicators);
        built.actions().forEach(action -> lengths.action(action, first(actionColumns), first(timescaleColumns),
                first(leadColumns), first(officerColumns)));
        List<PeriodColumn> periodColumns = new ArrayList<>(ratingColumns);
        periodColumns.addAll(updateColumns);
        periodColumns.sort(Comparator.comparingInt(PeriodColumn::column));
        periodColumns.forEach(column -> lengths.period(ImportProblem.columnLetter(column.column()), column.period()));
        return built;
    }

    void read(ColumnProposal proposal) {
        table = proposal.table();
        headings = proposal.columns();
        headerWidth = proposal.columns().stream().filter(column -> !column.heading().isBlank())
                .mapToInt(column -> column.column() + 1).max().orElse(0);
        if (table.sheet() != null && !table.sheet().equals(sheet)) {
            section = null;
            outcome = null;
        }
        sheet = table.sheet();
        for (SourceRow row : proposal.dataRows()) {
            if (!row.blank()) {
                read(row);
            }
        }
    }

    private void read(SourceRow row) {
        List<String> cells = new ArrayList<>(row.cells());
        if (ruling(cells)) {
            warn(row, null, String.join(" ", cells).strip(), "The row holds only single characters, as a table's "
                    + "lines read out of a PDF do, so it is left out");
            return;
        }
        joinNumberAndTitle(cells, sectionColumns);
        joinNumberAndTitle(cells, outcomeColumns);
        repairShift(cells, row);
        if (sectionHeading(cells)) {
            int column = actionlessColumn(cells);
            startSection(cell(cells, column), row, ImportProblem.columnLetter(column));
            return;
        }
        String sectionCell = withoutHeadingTail(text(cells, sectionColumns), sectionColumns);
        if (!sectionCell.isEmpty()) {
            startSection(sectionCell, row, first(sectionColumns));
        }
        String outcomeCell = withoutHeadingTail(text(cells, outcomeColumns), outcomeColumns);
        if (!outcomeCell.isEmpty()) {
            startOutcome(outcomeCell, row);
        }
        String actionCell = text(cells, actionColumns);
        DraftAction above = outcome == null || !outcomeCell.isEmpty() && outcome.actions.isEmpty() ? null
                : outcome.lastAction();
        if (above != null && continuesAction(actionCell, cells)) {
            continueAction(above, actionCell, cells, row);
        } else if (!actionCell.isEmpty()) {
            addActions(actionCell, cells, row);
        } else if (hasActionDetails(cells)) {
            if (above == null || marked(cells)) {
                warn(row, first(actionColumns), "", "The row has no action text, so the action is imported without "
                        + "any: add it after the import, or remove the row");
                addActions("", cells, row);
            } else {
                continueAction(above, "", cells, row);
            }
        }
    }

    /**
     * Whether the row's action cell goes on with the action above rather than starting one: it is blank, or it
     * opens like the rest of a sentence (a small letter, "&", a comma) and the row gives no timescale of its own.
     */
    private boolean continuesAction(String actionCell, List<String> cells) {
        if (actionCell.isEmpty()) {
            return hasActionDetails(cells) && !marked(cells);
        }
        return startsSmall(actionCell) && text(cells, timescaleColumns).isEmpty();
    }

    /** Whether the lead, officer or timescale cell opens with "ii)": the row names an action of its own. */
    private boolean marked(List<String> cells) {
        return Numbering.parts(text(cells, leadColumns)).marked() || Numbering.parts(text(cells, officerColumns))
                .marked() || Numbering.parts(text(cells, timescaleColumns)).marked();
    }

    /**
     * The cell without the end of its column's heading where that runs into it ("'Good' if: 3.0 There is…", as
     * a PDF's text puts the second line of a heading split over two rows), when a number follows it.
     */
    private String withoutHeadingTail(String text, List<Integer> columns) {
        if (text.isEmpty() || Numbering.leading(text).number() != null || columns.get(0) >= headings.size()) {
            return text;
        }
        String[] words = headings.get(columns.get(0)).heading().strip().split("\\s+");
        for (int from = 0; from < words.length; from++) {
            String tail = String.join(" ", List.of(words).subList(from, words.length));
            if (!tail.isEmpty() && text.regionMatches(true, 0, tail, 0, tail.length())) {
                String rest = text.substring(tail.length()).strip();
                if (Numbering.leading(rest).number() != null) {
                    return rest;
                }
            }
        }
        return text;
    }

    /**
     * Joins a section or outcome's number and title written in two cells: "6." with its title in the next cell
     * (an unmapped column, or a cell more than the header has), or its title with "1." in the unmapped column
     * before it ("No.").
     */
    private void joinNumberAndTitle(List<String> cells, List<Integer> columns) {
        if (columns.isEmpty()) {
            return;
        }
        int column = columns.get(0);
        String cell = cell(cells, column);
        String before = cell(cells, column - 1);
        if (column > 0 && !mapped.contains(column - 1) && bareNumber(before) && !cell.isEmpty()
                && Numbering.leading(cell).number() == null) {
            cells.set(column, before + " " + cell);
            return;
        }
        String next = cell(cells, column + 1);
        if (!bareNumber(cell) || next.isEmpty()) {
            return;
        }
        if (!mapped.contains(column + 1)) {
            cells.set(column, cell + " " + next);
            cells.set(column + 1, "");
        } else if (cells.size() > headerWidth) {
            cells.set(column, cell + " " + next);
            cells.remove(column + 1);
        }
    }

    private static boolean bareNumber(String cell) {
        Numbered numbered = Numbering.leading(cell);
        return numbered.number() != null && numbered.text().isEmpty();
    }

    /**
     * Puts back a row whose cells slid one column: left, when a cell is missing (a rating just before the rating
     * columns and none in the last), or right, when the row has an extra cell (text in the last rating column,
     * a rating just after it). See the class comment.
     */
    private void repairShift(List<String> cells, SourceRow row) {
        if (ratingColumns.isEmpty()) {
            return;
        }
        int first = ratingColumns.stream().mapToInt(PeriodColumn::column).min().orElseThrow();
        int last = ratingColumns.stream().mapToInt(PeriodColumn::column).max().orElseThrow();
        String lastCell = cell(cells, last);
        boolean lastRated = !lastCell.isEmpty() && RatingCells.read(lastCell, scale).rating();
        if (lastRated) {
            return;
        }
        String before = first == 0 ? "" : cell(cells, first - 1);
        if (!before.isEmpty() && !mapsRating(first - 1) && RatingCells.read(before, scale).rating()) {
            cells.add(first - 1, "");
            warn(row, ImportProblem.columnLetter(first - 1), before, "The row looks shifted one cell to the left: "
                    + "column " + ImportProblem.columnLetter(first - 1) + " holds a rating and column "
                    + ImportProblem.columnLetter(last) + ", the last rating column, none. Its cells from column "
                    + ImportProblem.columnLetter(first - 1) + " on are read one column to the right, leaving column "
                    + ImportProblem.columnLetter(first - 1) + " empty: check the row in the file");
            return;
        }
        String after = cell(cells, last + 1);
        int extra = lastBlank(cells, first);
        if (!lastCell.isEmpty() && !after.isEmpty() && cells.size() > headerWidth && extra >= 0
                && RatingCells.read(after, scale).rating()) {
            cells.remove(extra);
            warn(row, ImportProblem.columnLetter(last), lastCell, "The row looks shifted one cell to the right: "
                    + "column " + ImportProblem.columnLetter(last) + ", the last rating column, holds text and column "
                    + ImportProblem.columnLetter(last + 1) + " a rating. Its empty cell in column "
                    + ImportProblem.columnLetter(extra) + " is taken as the extra one and the cells after it are read "
                    + "one column to the left: check the row in the file");
        }
    }

    private boolean mapsRating(int column) {
        return ratingColumns.stream().anyMatch(rating -> rating.column() == column);
    }

    /** The last blank cell before the column, or -1. */
    private static int lastBlank(List<String> cells, int before) {
        for (int column = Math.min(before, cells.size()) - 1; column >= 0; column--) {
            if (cells.get(column).isBlank()) {
                return column;
            }
        }
        return -1;
    }

    /** Whether every cell holds at most one character, none of them a rating: no plan's row reads like that. */
    private boolean ruling(List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column).strip();
            if (cell.length() > 1 || !cell.isEmpty() && mapsRating(column)) {
                return false;
            }
        }
        return true;
    }

    /** Without a section column, a lone unnumbered cell that is not an action is a section heading. */
    private boolean sectionHeading(List<String> cells) {
        if (!sectionColumns.isEmpty()) {
            return false;
        }
        int column = actionlessColumn(cells);
        if (column < 0) {
            return false;
        }
        String text = cells.get(column);
        return !actionColumns.contains(column) && (column == 0 || outcomeColumns.contains(column) || !mapped.contains(column))
                && Numbering.leading(text).number() == null && !startsSmall(text);
    }

    /** The only non-blank cell of the row, when it has only one; -1 otherwise. */
    private int actionlessColumn(List<String> cells) {
        int found = -1;
        for (int column = 0; column < cells.size(); column++) {
            if (!cells.get(column).isBlank()) {
                if (found >= 0) {
                    return -1;
                }
                found = column;
            }
        }
        return found;
    }

    private void startSection(String text, SourceRow row, String column) {
        String key = "section:" + key(text);
        if (section != null && section.key.equals(key)) {
            return;
        }
        Numbered numbered = Numbering.leading(text);
        String title = numbered.text().isEmpty() ? text : numbered.text();
        if (!plan.hasSection(key)) {
            lengths.section(table.place(), row.number(), column, numbered.number(), title);
        }
        section = plan.section(key, numbered.number(), title);
        outcome = null;
    }

    private DraftSection section() {
        if (section == null) {
            String title = sheet != null ? sheet : fileSection;
            String key = "sheet:" + title;
            if (!plan.hasSection(key)) {
                lengths.sectionNamedAfter(sheet != null ? table.place() : null, title);
            }
            section = plan.section(key, null, title);
        }
        return section;
    }

    private void startOutcome(String text, SourceRow row) {
        Numbered numbered = Numbering.leading(text);
        if (outcome != null && outcome.text != null && continues(text, numbered)) {
            outcome.text = outcome.text + (startsSmall(text) ? " " : "\n") + text;
            return;
        }
        DraftSection under = section();
        if (!under.hasOutcome(key(text))) {
            lengths.outcome(table.place(), row.number(), first(outcomeColumns), numbered.number());
        }
        outcome = under.outcome(key(text), numbered.number(), numbered.text());
    }

    private boolean continues(String text, Numbered numbered) {
        if (startsSmall(text)) {
            return true;
        }
        return numbered.number() != null && !Character.isDigit(numbered.number().charAt(0)) && outcome.number != null
                && Character.isDigit(outcome.number.charAt(0));
    }

    private DraftOutcome outcome() {
        if (outcome == null) {
            outcome = section().outcome("", null, null);
        }
        return outcome;
    }

    private void addActions(String actionCell, List<String> cells, SourceRow row) {
        Parts parts = Numbering.parts(actionCell);
        List<String> descriptions = parts.texts();
        String number = null;
        if (!parts.marked()) {
            Numbered numbered = Numbering.leading(actionCell);
            if (numbered.number() != null && DECIMAL_NUMBER.matcher(numbered.number()).matches()) {
                number = numbered.number();
                descriptions = List.of(numbered.text());
            }
        }
        int count = descriptions.size();
        List<String> leads = shared(cells, leadColumns, count, row);
        List<String> officers = shared(cells, officerColumns, count, row);
        List<String> timescales = shared(cells, timescaleColumns, count, row);
        Map<String, Timescale> read = new LinkedHashMap<>();
        Map<String, Integer> ratings = ratings(cells, row);
        for (int at = 0; at < count; at++) {
            DraftAction action = new DraftAction();
            action.number = number;
            action.description = descriptions.get(at);
            action.lead = leads.get(at);
            action.responsibleOfficer = officers.get(at);
            if (timescales.get(at) != null) {
                Timescale timescale = read.computeIfAbsent(timescales.get(at), text -> timescale(text, row));
                action.timescaleText = timescale.text();
                action.dueDate = timescale.dueDate();
            }
            action.successMeasures.addAll(lines(text(cells, measureColumns)));
            action.evidenceOfImpact = blankToNull(text(cells, evidenceColumns));
            action.ratings.putAll(ratings);
            updateColumns.forEach(column -> {
                String update = cell(cells, column.column());
                if (!update.isEmpty()) {
                    action.updates.put(column.period(), update);
                }
            });
            action.source = new ImportedPlan.SourcePlace(table.place(), row.number());
            outcome().actions.add(action);
        }
    }

    /** A row continuing the action above adds its cells to it: the action's text with a space, the rest with a line break. */
    private void continueAction(DraftAction action, String actionCell, List<String> cells, SourceRow row) {
        if (!actionCell.isEmpty()) {
            action.description = action.description.isEmpty() ? actionCell : action.description + " " + actionCell;
        }
        action.lead = joined(action.lead, text(cells, leadColumns));
        action.responsibleOfficer = joined(action.responsibleOfficer, text(cells, officerColumns));
        String timescaleCell = text(cells, timescaleColumns);
        if (!timescaleCell.isEmpty()) {
            Timescale timescale = timescale(joined(action.timescaleText, timescaleCell), row);
            action.timescaleText = timescale.text();
            action.dueDate = timescale.dueDate();
        }
        action.successMeasures.addAll(lines(text(cells, measureColumns)));
        action.evidenceOfImpact = joined(action.evidenceOfImpact, text(cells, evidenceColumns));
        ratings(cells, row).forEach((period, value) -> {
            if (value != null) {
                action.ratings.put(period, value);
            }
        });
        updateColumns.forEach(column -> {
            String update = cell(cells, column.column());
            if (!update.isEmpty()) {
                action.updates.put(column.period(), joined(action.updates.get(column.period()), update));
            }
        });
    }

    private boolean hasActionDetails(List<String> cells) {
        List<Integer> details = new ArrayList<>(leadColumns);
        details.addAll(officerColumns);
        details.addAll(timescaleColumns);
        details.addAll(measureColumns);
        details.addAll(evidenceColumns);
        ratingColumns.forEach(column -> details.add(column.column()));
        updateColumns.forEach(column -> details.add(column.column()));
        return details.stream().anyMatch(column -> !cell(cells, column).isEmpty());
    }

    /** The cell's part for each of the row's actions; see the class comment. */
    private List<String> shared(List<String> cells, List<Integer> columns, int count, SourceRow row) {
        String cell = text(cells, columns);
        if (cell.isEmpty()) {
            return Collections.nCopies(count, null);
        }
        Parts parts = Numbering.parts(cell);
        if (parts.marked() && parts.count() == count) {
            return parts.texts();
        }
        if (parts.marked()) {
            warn(row, first(columns), cell, "The cell numbers " + parts.count() + (parts.count() == 1 ? " part" : " parts")
                    + " but the action cell " + count + (count == 1 ? " action" : " actions")
                    + ", so each action keeps the whole cell: share it out after the import");
        }
        return Collections.nCopies(count, cell);
    }

    private Map<String, Integer> ratings(List<String> cells, SourceRow row) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (PeriodColumn column : ratingColumns) {
            String cell = cell(cells, column.column());
            RatingCells.Reading reading = RatingCells.read(cell, scale);
            if (!reading.rating()) {
                warn(row, ImportProblem.columnLetter(column.column()), cell, "'" + cell + "' is not a rating on the "
                        + scale.label() + " scale (" + RatingCells.accepted(scale) + ", or blank or 0 for not rated): "
                        + "the action is imported as not rated for " + described(column.period()));
            }
            ratings.put(column.period(), reading.value());
        }
        return ratings;
    }

    private Timescale timescale(String text, SourceRow row) {
        Timescale timescale = timescales.computeIfAbsent(text, TimescaleParser::parse);
        if (timescale.problem() != null) {
            warn(row, first(timescaleColumns), text, timescale.problem() + ": the due date is left empty, to be set "
                    + "after the import (the timescale's text is kept)");
        }
        return timescale;
    }

    private static String described(String period) {
        if (period.equals(ImportedPlan.CURRENT)) {
            return "the current period";
        }
        return period.equals(ProposedColumn.INITIAL) ? "the initial rating" : period;
    }

    private void warn(SourceRow row, String column, String value, String message) {
        problems.add(new ImportProblem(ImportProblem.Severity.WARNING, fileName, table.place(), row.number(), column,
                value, message));
    }

    /** Each line a measure, without the bullet marks a list pasted as text keeps. */
    private static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String measure = BULLET.matcher(line).replaceFirst("").strip();
            if (!measure.isEmpty()) {
                lines.add(measure);
            }
        }
        return lines;
    }

    private static String joined(String above, String more) {
        if (more.isEmpty()) {
            return above;
        }
        return above == null || above.isEmpty() ? more : above + "\n" + more;
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** The non-blank cells of the columns, joined by line breaks (two columns may hold one field). */
    private static String text(List<String> cells, List<Integer> columns) {
        if (columns.size() == 1) {
            return cell(cells, columns.get(0));
        }
        List<String> texts = new ArrayList<>();
        columns.forEach(column -> {
            if (!cell(cells, column).isEmpty()) {
                texts.add(cell(cells, column));
            }
        });
        return String.join("\n", texts);
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    private static String first(List<Integer> columns) {
        return columns.isEmpty() ? null : ImportProblem.columnLetter(columns.get(0));
    }

    /** Whether the text opens like the rest of a sentence: a small letter, "&", a comma or a semicolon. */
    private static boolean startsSmall(String text) {
        return !text.isEmpty() && (Character.isLowerCase(text.codePointAt(0)) || "&,;".indexOf(text.charAt(0)) >= 0);
    }

    /** Lower case with single spaces: how a section or outcome written on every row is known again. */
    private static String key(String text) {
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static List<Integer> columns(ColumnMapping mapping, PlanField field) {
        return mapping.columns().entrySet().stream().filter(entry -> entry.getValue().field() == field)
                .map(Map.Entry::getKey).sorted(COLUMN_ORDER).map(ActionTables::columnIndex).toList();
    }

    private static List<PeriodColumn> periodColumns(ColumnMapping mapping, PlanField field) {
        return mapping.columns().entrySet().stream().filter(entry -> entry.getValue().field() == field)
                .sorted(Map.Entry.comparingByKey(COLUMN_ORDER))
                .map(entry -> new PeriodColumn(columnIndex(entry.getKey()), entry.getValue().period() == null
                        ? ImportedPlan.CURRENT : entry.getValue().period()))
                .toList();
    }

    /** The 0-based column of a letter: A is 0, Z 25, AA 26. */
    static int columnIndex(String letter) {
        int index = 0;
        for (char c : letter.toCharArray()) {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
