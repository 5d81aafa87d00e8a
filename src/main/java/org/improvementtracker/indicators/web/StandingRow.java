package org.improvementtracker.indicators.web;

import java.util.List;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.TargetStatus;
import org.improvementtracker.indicators.web.chart.Sparkline;

/**
 * Where an indicator stands at a month, in the words of its table row: every figure formatted with
 * the indicator's decimals, every missing figure said to be missing, never shown as 0.
 */
record StandingRow(IndicatorStanding standing, Sparkline sparkline) {

    static StandingRow of(IndicatorStanding standing) {
        return new StandingRow(standing, Sparkline.of(standing.indicator(), standing.recent()));
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

    /** "England 2024/25: 58.0%", one for each kind published for the year or before. */
    public List<String> benchmarks() {
        return standing.benchmarks().stream().map(this::benchmarkText).toList();
    }

    private String benchmarkText(Benchmark benchmark) {
        return benchmark.kind().label() + " " + benchmark.yearLabel() + ": " + indicator().format(benchmark.value());
    }

    public List<Cell> months() {
        return standing.recent().stream().map(month -> Cell.of(indicator(), month)).toList();
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

    public String target() {
        return standing.target().isSet() ? indicator().format(standing.target().target()) : "No target";
    }

    /** "Trajectory", "Monthly target", "Annual target"; null when there is no target. */
    public String targetSource() {
        return standing.target().isSet() ? standing.target().source().label() : null;
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

    /** A month's cell: the figure, "Missing", or "Not due" for a quarterly indicator between quarter ends. */
    record Cell(String text, boolean missing, String note) {

        static Cell of(Indicator indicator, MonthFigure month) {
            if (month.figure() != null) {
                return new Cell(indicator.format(month.figure()), false, month.note());
            }
            return new Cell(indicator.frequency().expects(month.month()) ? "Missing" : "Not due", true,
                    month.note());
        }
    }
}
