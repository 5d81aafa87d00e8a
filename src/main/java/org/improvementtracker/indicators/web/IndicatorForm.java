package org.improvementtracker.indicators.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.Milestone;
import org.improvementtracker.indicators.MonthlyTarget;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.support.web.FormValues;
import org.springframework.validation.Errors;

/**
 * The define and edit indicator pages. Numbers, months and dates are kept as typed, so a bad entry
 * comes back with its message instead of being lost; the repeated groups (benchmarks, milestones,
 * monthly targets) come with blank rows to fill in, and blank rows are dropped before checking, so
 * the rows named in messages are the ones the user filled in.
 */
class IndicatorForm {

    /** Blank rows offered under each repeated group, for pages used without JavaScript. */
    static final int BLANK_ROWS = 3;

    private static final String AS_NUMBER = " as a number, for example 80 or 12.5";

    /** Months as people write them: 2017-03, 3/2017, March 2017 or Mar 2017. */
    private static final List<DateTimeFormatter> MONTHS = List.of(DateTimeFormatter.ofPattern("uuuu-MM"),
            DateTimeFormatter.ofPattern("M/uuuu"), monthName("MMMM uuuu"), monthName("MMM uuuu"));

    private Long sectionId;
    private String code;
    private String name;
    private String definition;
    private Unit unit;
    private Polarity polarity;
    private String rangeLower;
    private String rangeUpper;
    private String decimals = "1";
    private YearToDateRule yearToDateRule;
    private Frequency frequency = Frequency.MONTHLY;
    private String baselineLabel;
    private String baselineMonth;
    private String baselineValue;
    private String annualTarget;
    private String tolerance;
    private Long dataOwnerPersonId;
    private List<BenchmarkRow> benchmarks = new ArrayList<>();
    private List<MilestoneRow> milestones = new ArrayList<>();
    private List<MonthlyTargetRow> monthlyTargets = new ArrayList<>();
    private List<Long> actionIds = new ArrayList<>();
    private int version;

    static IndicatorForm from(IndicatorDetail detail) {
        Indicator indicator = detail.indicator();
        IndicatorForm form = new IndicatorForm();
        form.sectionId = indicator.sectionId();
        form.code = indicator.code();
        form.name = indicator.name();
        form.definition = indicator.definition();
        form.unit = indicator.unit();
        form.polarity = indicator.polarity();
        form.rangeLower = FormValues.text(indicator.rangeLower());
        form.rangeUpper = FormValues.text(indicator.rangeUpper());
        form.decimals = String.valueOf(indicator.decimals());
        form.yearToDateRule = indicator.yearToDateRule();
        form.frequency = indicator.frequency();
        form.baselineLabel = indicator.baselineLabel();
        form.baselineMonth = indicator.baselineMonth() == null ? "" : indicator.baselineMonth().toString();
        form.baselineValue = FormValues.text(indicator.baselineValue());
        form.annualTarget = FormValues.text(indicator.annualTarget());
        form.tolerance = FormValues.text(indicator.tolerance());
        form.dataOwnerPersonId = indicator.dataOwnerPersonId();
        form.benchmarks = new ArrayList<>(detail.benchmarks().stream().map(BenchmarkRow::of).toList());
        form.milestones = new ArrayList<>(detail.milestones().stream().map(MilestoneRow::of).toList());
        form.monthlyTargets = new ArrayList<>(detail.monthlyTargets().stream().map(MonthlyTargetRow::of).toList());
        form.actionIds = new ArrayList<>(detail.linkedActionIds());
        form.version = indicator.version();
        return form;
    }

    /** Drops the rows left blank, then rejects what cannot be read as a number, month or date. */
    void check(Errors errors) {
        benchmarks.removeIf(BenchmarkRow::isBlank);
        milestones.removeIf(MilestoneRow::isBlank);
        monthlyTargets.removeIf(MonthlyTargetRow::isBlank);
        // The bounds are hidden unless within a range is chosen, and ignored then too.
        if (polarity == Polarity.WITHIN_RANGE) {
            checkNumber(errors, "rangeLower", rangeLower, "Enter the lower bound" + AS_NUMBER);
            checkNumber(errors, "rangeUpper", rangeUpper, "Enter the upper bound" + AS_NUMBER);
        }
        if (!blank(decimals) && wholeNumber(decimals) == null) {
            errors.rejectValue("decimals", "number", "Enter the decimal places as a whole number, for example 1");
        }
        if (!blank(baselineMonth) && month(baselineMonth) == null) {
            errors.rejectValue("baselineMonth", "month", "Enter the baseline month as YYYY-MM, for example 2017-03");
        }
        checkNumber(errors, "baselineValue", baselineValue, "Enter the baseline value" + AS_NUMBER);
        checkNumber(errors, "annualTarget", annualTarget, "Enter the annual target" + AS_NUMBER);
        checkNumber(errors, "tolerance", tolerance, "Enter the tolerance" + AS_NUMBER);
        for (int i = 0; i < benchmarks.size(); i++) {
            checkNumber(errors, "benchmarks[" + i + "].value", benchmarks.get(i).value,
                    row("benchmarks", i) + "enter the value" + AS_NUMBER);
        }
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).check(errors, "milestones[" + i + "]", row("milestones", i));
        }
        for (int i = 0; i < monthlyTargets.size(); i++) {
            monthlyTargets.get(i).check(errors, "monthlyTargets[" + i + "]", row("monthlyTargets", i));
        }
    }

    /** Offers blank rows under each repeated group again, after the saved or typed ones. */
    IndicatorForm withBlankRows() {
        pad(benchmarks, BenchmarkRow::new);
        pad(milestones, MilestoneRow::new);
        pad(monthlyTargets, MonthlyTargetRow::new);
        return this;
    }

    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(sectionId, code, name, FormValues.nullIfBlank(definition), unit, polarity,
                polarity == Polarity.WITHIN_RANGE ? FormValues.number(rangeLower) : null,
                polarity == Polarity.WITHIN_RANGE ? FormValues.number(rangeUpper) : null, wholeNumber(decimals),
                yearToDateRule, frequency, FormValues.nullIfBlank(baselineLabel), month(baselineMonth),
                FormValues.number(baselineValue), FormValues.number(annualTarget), FormValues.number(tolerance),
                dataOwnerPersonId, benchmarks.stream().map(BenchmarkRow::toBenchmark).toList(),
                milestones.stream().map(MilestoneRow::toMilestone).toList(),
                monthlyTargets.stream().map(MonthlyTargetRow::toMonthlyTarget).toList(), actionIds);
    }

    /**
     * "Benchmark 2: " for the field benchmarks[1].value, so that a message about a repeated row says
     * which row; empty for fields outside the repeated groups.
     */
    static String rowOf(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return "";
        }
        return row(field.substring(0, open), Integer.parseInt(field.substring(open + 1, close)));
    }

    private static String row(String group, int index) {
        String name = switch (group) {
            case "benchmarks" -> "Benchmark";
            case "milestones" -> "Milestone";
            case "monthlyTargets" -> "Monthly target";
            default -> group;
        };
        return name + " " + (index + 1) + ": ";
    }

    private static void checkNumber(Errors errors, String field, String text, String message) {
        if (!blank(text) && FormValues.number(text) == null) {
            errors.rejectValue(field, "number", message);
        }
    }

    /** Null when blank or not a month. */
    static YearMonth month(String text) {
        if (blank(text)) {
            return null;
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(text.strip(), format);
            } catch (DateTimeParseException notThisWay) {
                // try the next way of writing a month
            }
        }
        return null;
    }

    private static DateTimeFormatter monthName(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK);
    }

    private static Integer wholeNumber(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }

    private static <T> void pad(List<T> rows, Supplier<T> blankRow) {
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(blankRow.get());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean allBlank(String... texts) {
        for (String text : texts) {
            if (!blank(text)) {
                return false;
            }
        }
        return true;
    }

    /** One benchmark as typed: year label, whom it compares with, the figure and where it came from. */
    static class BenchmarkRow {

        private String yearLabel;
        private BenchmarkKind kind;
        private String value;
        private String sourceNote;

        static BenchmarkRow of(Benchmark benchmark) {
            BenchmarkRow row = new BenchmarkRow();
            row.yearLabel = benchmark.yearLabel();
            row.kind = benchmark.kind();
            row.value = FormValues.text(benchmark.value());
            row.sourceNote = benchmark.sourceNote();
            return row;
        }

        boolean isBlank() {
            return kind == null && allBlank(yearLabel, value, sourceNote);
        }

        Benchmark toBenchmark() {
            return new Benchmark(FormValues.nullIfBlank(yearLabel), kind, FormValues.number(value),
                    FormValues.nullIfBlank(sourceNote));
        }

        public String getYearLabel() { return yearLabel; }
        public void setYearLabel(String yearLabel) { this.yearLabel = yearLabel; }
        public BenchmarkKind getKind() { return kind; }
        public void setKind(BenchmarkKind kind) { this.kind = kind; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getSourceNote() { return sourceNote; }
        public void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
    }

    /** A trajectory milestone as typed: the target to reach by a date. Both are needed. */
    static class MilestoneRow {

        private String date;
        private String target;

        static MilestoneRow of(Milestone milestone) {
            MilestoneRow row = new MilestoneRow();
            row.date = FormValues.text(milestone.date());
            row.target = FormValues.text(milestone.target());
            return row;
        }

        boolean isBlank() {
            return allBlank(date, target);
        }

        void check(Errors errors, String field, String row) {
            requireReadable(errors, field + ".date", date, FormValues::date,
                    row + "enter the date", row + "enter the date as a real date, for example 31/3/2026");
            requireReadable(errors, field + ".target", target, FormValues::number,
                    row + "enter the target", row + "enter the target" + AS_NUMBER);
        }

        Milestone toMilestone() {
            return new Milestone(FormValues.date(date), FormValues.number(target));
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
    }

    /** A target set for one month as typed; the service says when the month or target is missing. */
    static class MonthlyTargetRow {

        private String month;
        private String target;

        static MonthlyTargetRow of(MonthlyTarget target) {
            MonthlyTargetRow row = new MonthlyTargetRow();
            row.month = target.month().toString();
            row.target = FormValues.text(target.target());
            return row;
        }

        boolean isBlank() {
            return allBlank(month, target);
        }

        void check(Errors errors, String field, String row) {
            if (!blank(month) && month(month) == null) {
                errors.rejectValue(field + ".month", "month", row + "enter the month as YYYY-MM, for example 2025-06");
            }
            checkNumber(errors, field + ".target", target, row + "enter the target" + AS_NUMBER);
        }

        MonthlyTarget toMonthlyTarget() {
            return new MonthlyTarget(month(month), FormValues.number(target));
        }

        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
    }

    private static <T> void requireReadable(Errors errors, String field, String text, Function<String, T> read,
            String missing, String unreadable) {
        if (blank(text)) {
            errors.rejectValue(field, "required", missing);
        } else if (read.apply(text) == null) {
            errors.rejectValue(field, "format", unreadable);
        }
    }

    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public Polarity getPolarity() { return polarity; }
    public void setPolarity(Polarity polarity) { this.polarity = polarity; }
    public String getRangeLower() { return rangeLower; }
    public void setRangeLower(String rangeLower) { this.rangeLower = rangeLower; }
    public String getRangeUpper() { return rangeUpper; }
    public void setRangeUpper(String rangeUpper) { this.rangeUpper = rangeUpper; }
    public String getDecimals() { return decimals; }
    public void setDecimals(String decimals) { this.decimals = decimals; }
    public YearToDateRule getYearToDateRule() { return yearToDateRule; }
    public void setYearToDateRule(YearToDateRule yearToDateRule) { this.yearToDateRule = yearToDateRule; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public String getBaselineLabel() { return baselineLabel; }
    public void setBaselineLabel(String baselineLabel) { this.baselineLabel = baselineLabel; }
    public String getBaselineMonth() { return baselineMonth; }
    public void setBaselineMonth(String baselineMonth) { this.baselineMonth = baselineMonth; }
    public String getBaselineValue() { return baselineValue; }
    public void setBaselineValue(String baselineValue) { this.baselineValue = baselineValue; }
    public String getAnnualTarget() { return annualTarget; }
    public void setAnnualTarget(String annualTarget) { this.annualTarget = annualTarget; }
    public String getTolerance() { return tolerance; }
    public void setTolerance(String tolerance) { this.tolerance = tolerance; }
    public Long getDataOwnerPersonId() { return dataOwnerPersonId; }
    public void setDataOwnerPersonId(Long dataOwnerPersonId) { this.dataOwnerPersonId = dataOwnerPersonId; }
    public List<BenchmarkRow> getBenchmarks() { return benchmarks; }
    public void setBenchmarks(List<BenchmarkRow> benchmarks) { this.benchmarks = benchmarks; }
    public List<MilestoneRow> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneRow> milestones) { this.milestones = milestones; }
    public List<MonthlyTargetRow> getMonthlyTargets() { return monthlyTargets; }
    public void setMonthlyTargets(List<MonthlyTargetRow> monthlyTargets) { this.monthlyTargets = monthlyTargets; }
    public List<Long> getActionIds() { return actionIds; }
    public void setActionIds(List<Long> actionIds) { this.actionIds = actionIds; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
