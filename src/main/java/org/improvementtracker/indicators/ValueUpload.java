package org.improvementtracker.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.improvementtracker.indicators.ValueCsv.Column;
import org.improvementtracker.indicators.ValueCsv.Parsed;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidRowsException;
import org.improvementtracker.support.RowProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploading a CSV of monthly values: a preview of what would be saved and what it replaces, with every
 * problem named by row and column; then all of it saved in one transaction, or nothing. Codes are those
 * of the organisation's live indicators, of one plan where the upload names it (codes are unique only
 * within a plan). The rules are those of {@link IndicatorValues}, whose problems are named back as the
 * row and column they came from.
 */
@Service
@Transactional
public class ValueUpload {

    /** One row that would be saved: the figures as they will be stored, and those it replaces (null: new). */
    public record UploadRow(int row, Indicator indicator, YearMonth month, Figures figures, Figures replaces,
            Integer version) {

        /** The value as the board reads it ("42.5%"), computed from numerator and denominator for a rate. */
        public String shown() {
            return figures.value() == null ? "No value" : indicator.format(figures.value());
        }

        /** What the month holds now, or "New" where it has nothing yet. */
        public String replacing() {
            if (replaces == null) {
                return "New";
            }
            return replaces.value() == null ? "No value" : indicator.format(replaces.value());
        }
    }

    /** The rows without problems, with what they would save; the problems that stop it; the rows written. */
    public record Preview(List<UploadRow> rows, List<RowProblem> problems, int saved) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final PlanReader plans;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final IndicatorValues saving;

    ValueUpload(PlanReader plans, IndicatorRepository indicators, ValueRepository values, IndicatorValues saving) {
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
        this.saving = saving;
    }

    /** What the file would save, and its problems; nothing is saved. Another organisation's plan is not found. */
    @Transactional(readOnly = true)
    public Preview preview(long organisationId, Long planId, byte[] file) {
        return read(organisationId, planId, file);
    }

    /**
     * Saves every row, overwriting the months it names, or nothing when any row has a problem. The months'
     * versions are read in this transaction, so the whole file is one change.
     */
    public Preview save(long organisationId, long accountId, Long planId, byte[] file) {
        return save(organisationId, accountId, planId, file, null);
    }

    /**
     * Saves what a preview showed: {@code versionsRead} has, row by row, the version each month had then
     * (null where it was new), so a month someone saved since is a conflict rather than overwritten.
     */
    public Preview save(long organisationId, long accountId, Long planId, byte[] file, List<Integer> versionsRead) {
        Preview preview = read(organisationId, planId, file);
        if (!preview.valid()) {
            throw new InvalidRowsException(preview.problems());
        }
        if (versionsRead != null && versionsRead.size() != preview.rows().size()) {
            throw new InvalidRowsException(List.of(new RowProblem(null, null, null,
                    "The file is not the one previewed: upload it again")));
        }
        List<ValueEntry> entries = new ArrayList<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            UploadRow row = preview.rows().get(i);
            entries.add(new ValueEntry(row.indicator().id(), row.month(), row.figures(),
                    versionsRead == null ? row.version() : versionsRead.get(i)));
        }
        if (!entries.isEmpty()) {
            saving.saveAll(organisationId, accountId, entries);
        }
        return new Preview(preview.rows(), List.of(), entries.size());
    }

    private Preview read(long organisationId, Long planId, byte[] file) {
        if (planId != null) {
            plans.plan(organisationId, planId); // another organisation's plan is not found
        }
        Parsed parsed = ValueCsv.parse(file);
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, List<Indicator>> byCode = indicators.live(organisationId, planId).stream()
                .collect(Collectors.groupingBy(indicator -> key(indicator.code())));
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<ValueCsv.Row> rows = new ArrayList<>();
        List<Indicator> rowIndicators = new ArrayList<>();
        for (ValueCsv.Row row : parsed.rows()) {
            Indicator indicator = indicatorOf(row, byCode, planId, parsed.heading(Column.CODE), problems);
            if (indicator == null) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(indicator.id() + "/" + row.month(), row.row());
            if (first != null) {
                problems.add(new RowProblem(row.row(), parsed.heading(Column.MONTH), row.cells().get(Column.MONTH),
                        row.code() + " already has this month in row " + first));
            } else {
                rows.add(row);
                rowIndicators.add(indicator);
            }
        }
        List<UploadRow> uploadRows = uploadRows(organisationId, rows, rowIndicators);
        List<ValueEntry> entries = uploadRows.stream()
                .map(row -> new ValueEntry(row.indicator().id(), row.month(), row.figures(), row.version())).toList();
        if (!entries.isEmpty()) {
            List<FieldProblem> checked = saving.check(organisationId, entries);
            for (FieldProblem problem : checked) {
                if (!computedValueOfABadRatio(problem, checked, rows)) {
                    problems.add(rowProblem(parsed, rows, problem));
                }
            }
        }
        problems.sort(Comparator.comparing(RowProblem::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        Set<Integer> rowsWithProblems = problems.stream().map(RowProblem::row).collect(Collectors.toSet());
        return new Preview(uploadRows.stream().filter(row -> !rowsWithProblems.contains(row.row())).toList(),
                problems, 0);
    }

    /** The one live indicator the row's code names; null, with the problem added, when none or several do. */
    private static Indicator indicatorOf(ValueCsv.Row row, Map<String, List<Indicator>> byCode, Long planId,
            String codeHeading, List<RowProblem> problems) {
        List<Indicator> candidates = byCode.getOrDefault(key(row.code()), List.of());
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String message;
        if (candidates.isEmpty()) {
            message = planId == null ? "None of your organisation's indicators has this code"
                    : "None of this plan's indicators has this code";
        } else {
            message = row.code() + " is used in " + candidates.size()
                    + " plans: upload from the plan's page or add plan=… (the plan's id)";
        }
        problems.add(new RowProblem(row.row(), codeHeading, row.code(), message));
        return null;
    }

    /** The rows with the figures they will store and what they replace, read in one statement. */
    private List<UploadRow> uploadRows(long organisationId, List<ValueCsv.Row> rows, List<Indicator> rowIndicators) {
        if (rows.isEmpty()) {
            return List.of();
        }
        YearMonth from = rows.stream().map(ValueCsv.Row::month).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = rows.stream().map(ValueCsv.Row::month).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, IndicatorValue> stored = new HashMap<>();
        values.existing(organisationId, rowIndicators.stream().map(Indicator::id).distinct().toList(), from, to)
                .forEach(value -> stored.put(value.indicatorId() + "/" + value.month(), value));
        List<UploadRow> uploadRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ValueCsv.Row row = rows.get(i);
            Indicator indicator = rowIndicators.get(i);
            IndicatorValue current = stored.get(indicator.id() + "/" + row.month());
            uploadRows.add(new UploadRow(row.row(), indicator, row.month(), row.figures().withValueFor(indicator.unit()),
                    current == null ? null : current.figures(), current == null ? null : current.version()));
        }
        return uploadRows;
    }

    /**
     * A rate computed from a numerator above its denominator is also above 100%: the row's numerator
     * problem says what to fix, and a problem with a value the user never typed would only puzzle them.
     */
    private static boolean computedValueOfABadRatio(FieldProblem problem, List<FieldProblem> checked,
            List<ValueCsv.Row> rows) {
        String entry = problem.field().substring(0, problem.field().indexOf('.') + 1);
        return problem.field().equals(entry + "value") && rows.get(index(problem)).figures().value() == null
                && checked.stream().anyMatch(other -> other.field().equals(entry + "numerator")
                        || other.field().equals(entry + "denominator"));
    }

    private static int index(FieldProblem problem) {
        String field = problem.field();
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    /** "values[3].note" of the entries back to the row and column it came from. */
    private static RowProblem rowProblem(Parsed parsed, List<ValueCsv.Row> rows, FieldProblem problem) {
        String field = problem.field();
        ValueCsv.Row row = rows.get(index(problem));
        Column column = switch (field.substring(field.indexOf('.') + 1)) {
            case "value" -> parsed.headings().containsKey(Column.VALUE) || row.figures().value() != null
                    ? Column.VALUE : Column.NUMERATOR;
            case "numerator" -> Column.NUMERATOR;
            case "denominator" -> Column.DENOMINATOR;
            case "note" -> Column.NOTE;
            case "month" -> Column.MONTH;
            default -> Column.CODE;
        };
        return new RowProblem(row.row(), parsed.heading(column), row.cells().get(column), problem.message());
    }

    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
