package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an indicator stands at a month, as its table row shows it: the recent months, the latest
 * value due (a quarterly indicator's last quarter end), the year to date, the direction of travel
 * from the value due before, the target in force and the status against it, and the benchmarks
 * of the year. A pure function of the indicator's figures and the month.
 *
 * <p>API: {@link #of(IndicatorTargets, List, List, YearMonth, int)}.
 *
 * @param recent the months shown, oldest first, ending with the month read
 * @param latest the month whose value is judged: the month read, or the last month due before it
 * @param benchmarks for each kind, the latest published for the month's financial year or before
 */
public record IndicatorStanding(Indicator indicator, YearMonth month, List<MonthFigure> recent, MonthFigure latest,
        YearToDate yearToDate, DirectionOfTravel direction, TargetStatus status, List<Benchmark> benchmarks) {

    /** One month: its value (null when nobody has entered it), and the target in force then. */
    public record MonthFigure(YearMonth month, IndicatorValue value, TargetInForce target, TargetStatus status) {

        /** The figure, or null when missing: never 0. */
        public BigDecimal figure() {
            return value == null ? null : value.figures().value();
        }

        public String note() {
            return value == null ? null : value.figures().note();
        }
    }

    /**
     * @param values the indicator's values for at least the months shown and the financial year to
     *     the month; others are ignored
     */
    public static IndicatorStanding of(IndicatorTargets targets, List<Benchmark> benchmarks,
            List<IndicatorValue> values, YearMonth month, int monthsShown) {
        Indicator indicator = targets.indicator();
        Map<YearMonth, IndicatorValue> byMonth = values.stream()
                .collect(Collectors.toMap(IndicatorValue::month, Function.identity()));
        Function<YearMonth, MonthFigure> figureOf = at -> targets.month(at, byMonth.get(at));
        List<MonthFigure> recent = Stream.iterate(month.minusMonths(monthsShown - 1L), at -> at.plusMonths(1))
                .limit(monthsShown).map(figureOf).toList();
        MonthFigure latest = figureOf.apply(lastDue(indicator.frequency(), month));
        MonthFigure previous = figureOf.apply(lastDue(indicator.frequency(), latest.month().minusMonths(1)));
        YearToDate yearToDate = YearToDate.of(indicator.yearToDateRule(), indicator.unit(), indicator.frequency(),
                month, values.stream().map(IndicatorStanding::monthlyValue).toList());
        DirectionOfTravel direction = DirectionOfTravel.of(rounded(indicator, previous.figure()),
                rounded(indicator, latest.figure()), indicator.polarity(), indicator.range(), indicator.tolerance());
        return new IndicatorStanding(indicator, month, recent, latest, yearToDate, direction, latest.status(),
                benchmarksFor(benchmarks, FinancialYear.of(month)));
    }

    public TargetInForce target() {
        return latest.target();
    }

    /** A benchmark of the given kind, if one is published for the year or before. */
    public Optional<Benchmark> benchmark(BenchmarkKind kind) {
        return benchmarks.stream().filter(benchmark -> benchmark.kind() == kind).findFirst();
    }

    private static YearMonth lastDue(Frequency frequency, YearMonth month) {
        YearMonth due = month;
        while (!frequency.expects(due)) {
            due = due.minusMonths(1);
        }
        return due;
    }

    private static BigDecimal rounded(Indicator indicator, BigDecimal value) {
        return value == null ? null : indicator.unit().round(value, indicator.decimals());
    }

    private static MonthlyValue monthlyValue(IndicatorValue value) {
        Figures figures = value.figures();
        return new MonthlyValue(value.month(), figures.value(), figures.numerator(), figures.denominator(),
                figures.note());
    }

    /** Year labels ("2024/25") sort as text; benchmarks are published a year or so behind. */
    private static List<Benchmark> benchmarksFor(List<Benchmark> benchmarks, FinancialYear year) {
        return benchmarks.stream()
                .filter(benchmark -> benchmark.yearLabel().compareTo(year.label()) <= 0)
                .collect(Collectors.groupingBy(Benchmark::kind,
                        Collectors.maxBy(Comparator.comparing(Benchmark::yearLabel))))
                .values().stream().flatMap(Optional::stream)
                .sorted(Comparator.comparing(Benchmark::kind)).toList();
    }
}
