package org.improvementtracker.indicators.web;

import java.util.List;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.TargetStatus;
import org.improvementtracker.indicators.web.chart.Sparkline;
import org.improvementtracker.indicators.web.chart.TrendChart;

/**
 * Where an indicator stands at a month, in the words of its table row: every figure formatted with
 * the indicator's decimals, every missing figure said to be missing, never shown as 0.
 */
record StandingRow(IndicatorStanding standing, Sparkline sparkline, ExpectedMonths expected) {

    static StandingRow of(IndicatorStanding standing, ExpectedMonths expected) {
        return new StandingRow(standing, Sparkline.of(standing.indicator(), standing.recent()), expected);
    }

    public Indicator indicator() {
        return standing.indicator();
    }

    /** "Higher is better", or "Within a range: 40.0% to 60.0%". */
    public String polarity() {
        return polarityText(indicator());
    }

    static String polarityText(Indicator indicator) {
        if (indicator.polarity() != Polarity.WITHIN_RANGE || indicator.range() == null) {
            return indicator.polarity().label();
        }
        var range = indicator.range();
        String lower = range.lower() == null ? "no lower bound" : indicator.format(range.lower());
        String upper = range.upper() == null ? "no upper bound" : indicator.format(range.upper());
        return indicator.polarity().label() + ": " + lower + " to " + upper;
    }

    /** "2024/25: 60.0%", or "Not set". */
    public String baseline() {
        return baselineText(indicator());
    }

    static String baselineText(Indicator indicator) {
        if (indicator.baselineValue() == null) {
            return indicator.baselineLabel() == null ? "Not set" : indicator.baselineLabel() + ": no value";
        }
        return (indicator.baselineLabel() == null ? "" : indicator.baselineLabel() + ": ")
                + indicator.format(indicator.baselineValue());
    }

    /** "Baseline 2024/25: 60.0%", "Baseline not set": the baseline as the first line of the benchmarks. */
    public String baselineLine() {
        String text = baselineText(indicator());
        return "Not set".equals(text) ? "Baseline not set" : "Baseline " + text;
    }

    /** "England 2024/25: 58.0%", one for each kind published for the year or before. */
    public List<String> benchmarks() {
        return standing.benchmarks().stream().map(this::benchmarkText).toList();
    }

    private String benchmarkText(Benchmark benchmark) {
        return benchmark.kind().label() + " " + benchmark.yearLabel() + ": " + indicator().format(benchmark.value());
    }

    public List<Cell> months() {
        return standing.recent().stream().map(month -> Cell.of(indicator(), month, expected)).toList();
    }

    /** "42.5%", "No data" or "Not computable". */
    public String yearToDate() {
        return standing.yearToDate().display(indicator().unit(), indicator().decimals());
    }

    /** "2 months missing", the reason it cannot be computed, or both; "" when there is nothing to add. */
    public String yearToDateDetail() {
        var yearToDate = standing.yearToDate();
        String reason = yearToDate.reason() == null ? "" : yearToDate.reason();
        String missing = yearToDate.missingText();
        return reason.isEmpty() || missing.isEmpty() ? reason + missing : reason + "; " + missing;
    }

    /** The target in force; without one, a "within a range" indicator's range, which it is judged against. */
    public String target() {
        if (standing.target().isSet()) {
            return indicator().format(standing.target().target());
        }
        return indicator().range() == null ? "No target" : TrendChart.bounds(indicator(), indicator().range());
    }

    /** "Trajectory", "Monthly target", "Annual target", "Range"; null when there is neither target nor range. */
    public String targetSource() {
        if (standing.target().isSet()) {
            return standing.target().source().label();
        }
        return indicator().range() == null ? null : "Range";
    }

    /** "15.0 to 18.0 (Range)" for a "within a range" indicator, else "No target": a month without a target. */
    static String rangeText(Indicator indicator) {
        return indicator.range() == null ? "No target" : TrendChart.bounds(indicator, indicator.range()) + " (Range)";
    }

    public String status() {
        return standing.status().label();
    }

    public String statusColour() {
        return colourOf(standing.status());
    }

    /** The tag's colour; its words carry the meaning, the colour only repeats it. */
    static String colourOf(TargetStatus status) {
        return switch (status) {
            case MET -> "green";
            case WITHIN_TOLERANCE -> "yellow";
            case MISSED -> "red";
            case NO_TARGET, NO_DATA -> "grey";
        };
    }

    /** The note of the month judged, or null. */
    public String note() {
        return standing.latest().note();
    }

    /**
     * A month's cell: the figure, "Missing", "Not due" for a quarterly indicator between quarter ends,
     * or not applicable (shown as a dash) before the indicator's figures could start, after the plan
     * ends, or before the month is over.
     */
    record Cell(String text, boolean missing, boolean applicable, String note) {

        static Cell of(Indicator indicator, MonthFigure month, ExpectedMonths expected) {
            if (month.figure() != null) {
                return new Cell(indicator.format(month.figure()), false, true, month.note());
            }
            if (!expected.expects(indicator, month.month())) {
                return new Cell("No value expected", false, false, month.note());
            }
            return new Cell(indicator.frequency().expects(month.month()) ? "Missing" : "Not due", true, true,
                    month.note());
        }
    }
}
