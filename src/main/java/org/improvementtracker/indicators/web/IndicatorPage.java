package org.improvementtracker.indicators.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.ValueEvent;
import org.improvementtracker.indicators.web.chart.TrendChart;

/**
 * Everything the indicator page shows at a month: where it stands (as its table row), the chart with
 * the same figures as a table, and who entered what and when, newest first.
 */
record IndicatorPage(IndicatorDetail detail, StandingRow standing, TrendChart chart, List<MonthRow> chartMonths,
        List<HistoryRow> history) {

    /** The chart shows up to two years to the month read, from the first month with a value. */
    static final int CHART_MONTHS = 24;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** One month of the chart, in words: the accessible table beneath it. */
    record MonthRow(String month, String value, String target, String status, String statusColour, String note) {
    }

    /** One save: the month, its figures before (null for a first entry) and after, who and when. */
    record HistoryRow(String month, String before, String after, String note, String person, String when) {
    }

    static IndicatorPage of(IndicatorDetail detail, YearMonth month, int monthsShown, ZoneId zone,
            ExpectedMonths expected) {
        Indicator indicator = detail.indicator();
        var standing = detail.standingAt(month, monthsShown);
        List<MonthFigure> months = chartMonths(detail, month);
        return new IndicatorPage(detail, StandingRow.of(standing, expected),
                TrendChart.of(indicator, months, standing.benchmarks()),
                months.stream().map(figure -> monthRow(indicator, figure, expected)).toList(),
                history(indicator, detail.history(), zone));
    }

    /** The month whose value is judged: the month read, or a quarterly indicator's last quarter end. */
    public String latestMonth() {
        return MonthChoice.LONG.format(standing.standing().latest().month());
    }

    public String baselineMonth() {
        YearMonth month = detail.indicator().baselineMonth();
        return month == null ? null : MonthChoice.LONG.format(month);
    }

    /** "35.0% by 31 March 2015", in date order. */
    public List<String> milestones() {
        Indicator indicator = detail.indicator();
        return detail.milestones().stream()
                .map(milestone -> indicator.format(milestone.target()) + " by " + DAY.format(milestone.date())).toList();
    }

    /** "60.0% in October 2026", in month order. */
    public List<String> monthlyTargets() {
        Indicator indicator = detail.indicator();
        return detail.monthlyTargets().stream()
                .map(target -> indicator.format(target.target()) + " in " + MonthChoice.LONG.format(target.month()))
                .toList();
    }

    /** "England 2024/25: 58.0%", each year's, with where it came from when known. */
    public List<BenchmarkRow> benchmarks() {
        Indicator indicator = detail.indicator();
        return detail.benchmarks().stream().map(benchmark -> new BenchmarkRow(benchmark.kind().label() + " "
                + benchmark.yearLabel() + ": " + indicator.format(benchmark.value()), benchmark.sourceNote())).toList();
    }

    record BenchmarkRow(String text, String source) {
    }

    /** How far short of the target still counts as within tolerance, in the indicator's own unit. */
    public String tolerance() {
        Indicator indicator = detail.indicator();
        if (indicator.tolerance() == null || indicator.tolerance().signum() == 0) {
            return "None: anything short of the target is missed";
        }
        String amount = indicator.unit().round(indicator.tolerance(), indicator.decimals()).toPlainString();
        return switch (indicator.unit()) {
            case PERCENTAGE -> amount + " percentage points";
            default -> indicator.format(indicator.tolerance());
        };
    }

    private static List<MonthFigure> chartMonths(IndicatorDetail detail, YearMonth month) {
        Map<YearMonth, IndicatorValue> byMonth = detail.values().stream()
                .collect(Collectors.toMap(IndicatorValue::month, Function.identity()));
        YearMonth earliest = month.minusMonths(CHART_MONTHS - 1L);
        YearMonth firstValue = detail.values().stream().map(IndicatorValue::month)
                .filter(valueMonth -> !valueMonth.isAfter(month)).min(Comparator.naturalOrder()).orElse(month);
        YearMonth from = firstValue.isAfter(earliest) ? firstValue : earliest;
        var targets = detail.targets();
        return Stream.iterate(from, at -> !at.isAfter(month), at -> at.plusMonths(1))
                .map(at -> targets.month(at, byMonth.get(at))).toList();
    }

    private static MonthRow monthRow(Indicator indicator, MonthFigure figure, ExpectedMonths expected) {
        String value = StandingRow.Cell.of(indicator, figure, expected).text();
        String target = figure.target().isSet()
                ? indicator.format(figure.target().target()) + " (" + figure.target().source().label() + ")"
                : StandingRow.rangeText(indicator);
        return new MonthRow(MonthChoice.LONG.format(figure.month()), value, target, figure.status().label(),
                StandingRow.colourOf(figure.status()), figure.note());
    }

    private static List<HistoryRow> history(Indicator indicator, List<ValueEvent> events, ZoneId zone) {
        List<HistoryRow> rows = new ArrayList<>();
        for (ValueEvent event : events) {
            rows.add(0, new HistoryRow(MonthChoice.LONG.format(event.month()),
                    event.before() == null ? null : figures(indicator, event.before()),
                    figures(indicator, event.after()), event.after().note(), event.accountName(),
                    when(event.happenedAt(), zone)));
        }
        return rows;
    }

    /** "52.3% (23 of 44)", "12 days", or "No value" when only a note was kept. */
    static String figures(Indicator indicator, Figures figures) {
        String value = figures.value() == null ? "No value" : indicator.format(figures.value());
        if (figures.numerator() == null || figures.denominator() == null) {
            return value;
        }
        return value + " (" + figures.numerator().stripTrailingZeros().toPlainString() + " of "
                + figures.denominator().stripTrailingZeros().toPlainString() + ")";
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
