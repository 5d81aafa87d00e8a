package org.improvementtracker.indicators.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.improvementtracker.indicators.FinancialYear;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorMonths;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.Section;
import org.improvementtracker.support.web.FormValues;

/**
 * One financial year of a plan's indicators (or one section's) as the entry grid shows them: a row per
 * indicator, a cell per month, each cell either open for entry or locked with the reason.
 *
 * @param section the section shown, or null for the whole plan
 */
record ValueGrid(Plan plan, Section section, FinancialYear year, List<Row> rows) {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** Why a month cannot take a value from this page. */
    enum Lock {
        OUTSIDE_PLAN("Outside plan"),
        FUTURE("Future"),
        NOT_DUE("Not due");

        private final String label;

        Lock(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Row(Indicator indicator, List<GridLine> lines, List<Cell> cells) {
    }

    /**
     * One indicator's month. Inputs are named and identified alike, "cell-12-2026-05-value", so a posted
     * field says which cell it belongs to and an error can link to it.
     *
     * @param saved the stored figures, or null when the month has none
     * @param lock why the month cannot be entered, or null when it can
     */
    record Cell(Indicator indicator, YearMonth month, IndicatorValue saved, Lock lock) {

        String key() {
            return indicator.id() + "-" + month;
        }

        public String inputId(String field) {
            return "cell-" + key() + "-" + field;
        }

        /** Where a problem with the month as a whole is shown: the value, or a rate's numerator. */
        String mainInputId() {
            return inputId(indicator.unit().isRatio() ? GridLine.NUMERATOR.field() : GridLine.VALUE.field());
        }

        public boolean editable() {
            return lock == null;
        }

        /** "FD1 May 2026 value": the label read out for each input, since the grid has no visible one. */
        public String label(GridLine line) {
            return indicator.code() + " " + longMonth(month) + " " + line.field();
        }

        /** "FD1, May 2026": how the error summary names the cell. */
        String name() {
            return indicator.code() + ", " + longMonth(month);
        }

        /** The stored figure of a line as text, for locked cells and the computed line; "" when there is none. */
        public String shown(GridLine line) {
            if (saved == null) {
                return "";
            }
            return switch (line) {
                case VALUE, COMPUTED -> saved.figures().value() == null ? ""
                        : indicator.unit().format(saved.figures().value(), indicator.decimals());
                case NUMERATOR -> FormValues.text(saved.figures().numerator());
                case DENOMINATOR -> FormValues.text(saved.figures().denominator());
                case NOTE -> saved.figures().note() == null ? "" : saved.figures().note();
            };
        }
    }

    /**
     * @param thisMonth months after it are locked: values are for months that have happened
     */
    static ValueGrid of(Plan plan, Section section, FinancialYear year, List<IndicatorMonths> indicators,
            YearMonth thisMonth) {
        List<Row> rows = indicators.stream().map(row -> {
            Map<YearMonth, IndicatorValue> byMonth = row.values().stream()
                    .collect(Collectors.toMap(IndicatorValue::month, Function.identity()));
            List<Cell> cells = year.months().stream()
                    .map(month -> new Cell(row.indicator(), month, byMonth.get(month),
                            lock(plan, row.indicator(), month, thisMonth)))
                    .toList();
            return new Row(row.indicator(), GridLine.of(row.indicator()), cells);
        }).toList();
        return new ValueGrid(plan, section, year, rows);
    }

    private static Lock lock(Plan plan, Indicator indicator, YearMonth month, YearMonth thisMonth) {
        if (plan.startsOn() != null && month.isBefore(indicator.firstMonthIn(plan))
                || plan.endsOn() != null && month.isAfter(YearMonth.from(plan.endsOn()))) {
            return Lock.OUTSIDE_PLAN;
        }
        if (month.isAfter(thisMonth)) {
            return Lock.FUTURE;
        }
        return indicator.frequency().expects(month) ? null : Lock.NOT_DUE;
    }

    /** The financial year to show when none is asked for: this month's, kept within the plan. */
    static FinancialYear defaultYear(Plan plan, YearMonth thisMonth) {
        YearMonth month = thisMonth;
        if (plan.endsOn() != null && month.isAfter(YearMonth.from(plan.endsOn()))) {
            month = YearMonth.from(plan.endsOn());
        }
        if (plan.startsOn() != null && month.isBefore(YearMonth.from(plan.startsOn()))) {
            month = YearMonth.from(plan.startsOn());
        }
        return FinancialYear.of(month);
    }

    public List<YearMonth> months() {
        return year.months();
    }

    /** The year before, or null when no month of it can take a value: wholly before the plan and every baseline. */
    public FinancialYear previous() {
        FinancialYear previous = new FinancialYear(year.startYear() - 1);
        if (plan.startsOn() == null) {
            return previous;
        }
        YearMonth first = rows.stream().map(row -> row.indicator().firstMonthIn(plan))
                .min(Comparator.naturalOrder()).orElse(YearMonth.from(plan.startsOn()));
        return previous.last().isBefore(first) ? null : previous;
    }

    /** The year after, or null when it is wholly after the plan. */
    public FinancialYear next() {
        FinancialYear next = new FinancialYear(year.startYear() + 1);
        return plan.endsOn() != null && next.first().isAfter(YearMonth.from(plan.endsOn())) ? null : next;
    }

    public boolean hasEditableCells() {
        return rows.stream().flatMap(row -> row.cells().stream()).anyMatch(Cell::editable);
    }

    List<Cell> editableCells() {
        return rows.stream().flatMap(row -> row.cells().stream()).filter(Cell::editable).toList();
    }

    /** "Apr 2026": a column's heading. */
    public String heading(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    static String longMonth(YearMonth month) {
        return LONG_MONTH.format(month);
    }
}
