package org.improvementtracker.indicators.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.TargetInForce;
import org.improvementtracker.indicators.TargetStatus;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.junit.jupiter.api.Test;

/** The charts' geometry: scales that cover what is drawn, lines broken at missing months, labels in words. */
class ChartGeometryTest {

    static final Indicator AUDITS = new Indicator(1, 1, null, "A1", "Audits judged good or better", null,
            Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, null, null, 1, YearToDateRule.MEAN, Frequency.MONTHLY,
            "2024/25", null, null, null, null, null, false, 0);

    @Test
    void aMissingPointBreaksThePathInsteadOfDroppingToZero() {
        String path = GappedPath.through(Arrays.asList(Point.of(0, 10), Point.of(5, 8), null, Point.of(15, 4.25),
                Point.of(20, 2)));

        assertThat(path).isEqualTo("M 0 10 L 5 8 M 15 4.3 L 20 2");
    }

    @Test
    void aPathWithoutPointsIsEmptyAndALonePointOnlyMovesThere() {
        assertThat(GappedPath.through(Arrays.asList(null, null))).isEmpty();
        assertThat(GappedPath.through(Arrays.asList(null, Point.of(5, 5), null))).isEqualTo("M 5 5");
    }

    @Test
    void scaleWidensToNiceStepsAroundTheFiguresAndIgnoresMissingOnes() {
        ValueScale scale = ValueScale.covering(Arrays.asList(new BigDecimal("41.0"), null, new BigDecimal("52.3")),
                5, 0, 100);

        assertThat(scale.low()).isEqualByComparingTo("40");
        assertThat(scale.high()).isEqualByComparingTo("52.5");
        assertThat(scale.ticks()).extracting(BigDecimal::toPlainString).containsExactly("40", "42.5", "45", "47.5",
                "50", "52.5");
        assertThat(scale.decimals()).isEqualTo(1);
        assertThat(scale.y(new BigDecimal("40"))).isEqualTo(100);
        assertThat(scale.y(new BigDecimal("52.5"))).isEqualTo(0);
        assertThat(scale.y(new BigDecimal("46.25"))).isEqualTo(50);
    }

    @Test
    void aFlatLineGetsABandAroundItAndNoFiguresStillMakeAScale() {
        ValueScale flat = ValueScale.covering(List.of(new BigDecimal("12")), 4, 0, 100);
        ValueScale empty = ValueScale.covering(List.of(), 4, 0, 100);

        assertThat(flat.low()).isLessThan(new BigDecimal("12"));
        assertThat(flat.high()).isGreaterThan(new BigDecimal("12"));
        assertThat(flat.y(new BigDecimal("12"))).isBetween(1.0, 99.0);
        assertThat(empty.high()).isGreaterThan(empty.low());
    }

    @Test
    void sparklineBreaksAtMissingMonthsAndSaysWhatItShows() {
        Sparkline sparkline = Sparkline.of(AUDITS, months(YearMonth.of(2026, 5), "41", "44", null, "47", "50",
                "52.3"));

        assertThat(sparkline.path()).startsWith("M ").containsOnlyOnce(" M ").doesNotContain("NaN");
        assertThat(sparkline.points()).hasSize(5);
        assertThat(sparkline.label()).isEqualTo("Trend, May to October 2026: 41.0% to 52.3%, 1 month without a value");
    }

    @Test
    void sparklineLabelNamesTheMonthsWhenTheEdgesAreMissingAndSaysWhenThereIsNothing() {
        assertThat(Sparkline.of(AUDITS, months(YearMonth.of(2025, 11), null, "41", "44", "45", "47", null)).label())
                .isEqualTo("Trend, November 2025 to April 2026: 41.0% in December to 47.0% in March, "
                        + "2 months without a value");
        assertThat(Sparkline.of(AUDITS, months(YearMonth.of(2026, 5), null, null, "44", null, null, null)).label())
                .isEqualTo("Trend, May to October 2026: only 44.0% in July, 5 months without a value");
        Sparkline nothing = Sparkline.of(AUDITS, months(YearMonth.of(2026, 5), null, null, null, null, null, null));
        assertThat(nothing.label()).isEqualTo("Trend, May to October 2026: no values");
        assertThat(nothing.path()).isEmpty();
        assertThat(nothing.points()).isEmpty();
    }

    @Test
    void aQuarterlyLineJoinsItsQuarterEndsAndCountsOnlyThemAsMissing() {
        Indicator quarterly = new Indicator(2, 1, null, "Q1", "Quarterly", null, Unit.COUNT, Polarity.LOWER_IS_BETTER,
                null, null, 0, YearToDateRule.SUM, Frequency.QUARTERLY, null, null, null, null, null, null, false, 0);

        Sparkline sparkline = Sparkline.of(quarterly, months(YearMonth.of(2026, 1), null, null, "41", null, null, "44"));
        TrendChart chart = TrendChart.of(quarterly, months(YearMonth.of(2025, 10), null, null, "40", null, null, "41",
                null, null, null), List.of());

        assertThat(sparkline.path()).doesNotContain(" M ").contains(" L ");
        assertThat(sparkline.label()).isEqualTo("Trend, January to June 2026: 41 to 44");
        assertThat(chart.valuesPath()).startsWith("M ").contains(" L ").doesNotContain(" M ");
        assertThat(chart.description()).contains("October 2025 to June 2026: 2 of 3 months due have a value");
    }

    @Test
    void trendChartScaleCoversTheTargetsAndBenchmarksAsWellAsTheValues() {
        List<MonthFigure> months = months(YearMonth.of(2026, 1), "41", "44", "47");
        List<MonthFigure> withTargets = months.stream().map(month -> new MonthFigure(month.month(), month.value(),
                new TargetInForce(new BigDecimal("80"), TargetInForce.Source.TRAJECTORY), TargetStatus.MISSED)).toList();
        List<Benchmark> benchmarks = List.of(new Benchmark("2025/26", BenchmarkKind.ENGLAND, new BigDecimal("30"),
                "DfE"));

        TrendChart chart = TrendChart.of(AUDITS, withTargets, benchmarks);

        assertThat(chart.valueTicks().get(0).label()).isEqualTo("30%");
        assertThat(chart.valueTicks().get(chart.valueTicks().size() - 1).label()).isEqualTo("80%");
        List<Double> ys = new ArrayList<>(chart.points().stream().map(Point::y).toList());
        ys.add(chart.benchmarks().get(0).y());
        assertThat(ys).allSatisfy(y -> assertThat(y).isBetween((double) TrendChart.TOP, (double) TrendChart.BOTTOM));
        assertThat(chart.benchmarks().get(0).y()).isEqualTo(TrendChart.BOTTOM);
        assertThat(chart.benchmarks().get(0).style()).isEqualTo("benchmark-england");
        assertThat(chart.targetPath()).isEqualTo("M 80 36 L 375 36 L 670 36");
    }

    @Test
    void trendChartLabelsMonthsAndExplainsItselfInWords() {
        List<MonthFigure> months = months(YearMonth.of(2024, 11), "41", null, "44", "45", "46", "47", "48", "49",
                "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65.25");

        TrendChart chart = TrendChart.of(AUDITS, months, List.of(new Benchmark("2025/26",
                BenchmarkKind.STATISTICAL_NEIGHBOURS, new BigDecimal("55"), null)));

        assertThat(chart.monthTicks()).hasSizeLessThanOrEqualTo(8);
        assertThat(chart.monthTicks().get(chart.monthTicks().size() - 1))
                .isEqualTo(new TrendChart.Tick(TrendChart.RIGHT, "Oct 2026"));
        assertThat(chart.valuesPath().split(" M ")).hasSize(2);
        assertThat(chart.title()).isEqualTo("A1 Audits judged good or better, November 2024 to October 2026");
        assertThat(chart.description()).contains("November 2024 to October 2026: 23 of 24 months due have a value",
                "October 2026: 65.3%", "Statistical neighbours 2025/26: 55.0%");
        assertThat(chart.legend()).extracting(TrendChart.LegendEntry::label)
                .containsExactly("Value each month", "Statistical neighbours 2025/26: 55.0%");
        assertThat(chart.legend().get(0).marked()).isTrue();
    }

    @Test
    void legendEntriesFallIntoRowsOfTwo() {
        List<Benchmark> three = List.of(new Benchmark("2025/26", BenchmarkKind.STATISTICAL_NEIGHBOURS, BigDecimal.ONE, null),
                new Benchmark("2025/26", BenchmarkKind.ENGLAND, new BigDecimal("2"), null),
                new Benchmark("2025/26", BenchmarkKind.REGION, BigDecimal.TEN, null));
        List<MonthFigure> months = months(YearMonth.of(2026, 1), "41").stream().map(month -> new MonthFigure(
                month.month(), month.value(), new TargetInForce(BigDecimal.TEN, TargetInForce.Source.ANNUAL),
                TargetStatus.MET)).toList();

        TrendChart chart = TrendChart.of(AUDITS, months, three);
        List<TrendChart.LegendEntry> legend = chart.legend();

        assertThat(legend).extracting(TrendChart.LegendEntry::style).containsExactly("values", "target",
                "benchmark-statistical-neighbours", "benchmark-england", "benchmark-region");
        assertThat(legend.get(2).y()).isGreaterThan(legend.get(1).y());
        assertThat(legend.get(2).x()).isEqualTo(legend.get(0).x());
        assertThat(legend.get(4).y()).isLessThan(chart.height());
    }

    @Test
    void aWithinRangeIndicatorsRangeIsAHatchedBandWithAWordedLegendEntryAndDescription() {
        Indicator caseload = new Indicator(2, 1, null, "W1", "Average caseload", null, Unit.NUMBER,
                Polarity.WITHIN_RANGE, new BigDecimal("15"), new BigDecimal("18"), 1, YearToDateRule.MEAN,
                Frequency.MONTHLY, null, null, null, null, null, null, false, 0);

        TrendChart chart = TrendChart.of(caseload, months(YearMonth.of(2026, 8), "21.5", "19", "17.2"), List.of());

        assertThat(chart.range().label()).isEqualTo("Range: 15.0 to 18.0");
        assertThat(chart.range().top()).isLessThan(chart.range().bottom());
        assertThat(chart.range().top()).isBetween((double) TrendChart.TOP, (double) TrendChart.BOTTOM);
        // The scale stretches to take in the lower bound, which no value reaches.
        assertThat(chart.valueTicks().get(0).label()).isEqualTo("14");
        assertThat(chart.legend()).extracting(TrendChart.LegendEntry::style, TrendChart.LegendEntry::label)
                .contains(org.assertj.core.groups.Tuple.tuple("range", "Range: 15.0 to 18.0"));
        assertThat(chart.description()).contains("A hatched band shows the range the value should stay in: 15.0 to 18.0.");
    }

    @Test
    void aRangeOpenAtOneEndRunsToTheEdgeOfThePlot() {
        Indicator atLeast = new Indicator(2, 1, null, "W2", "Stable teams", null, Unit.PERCENTAGE,
                Polarity.WITHIN_RANGE, new BigDecimal("40"), null, 1, YearToDateRule.MEAN,
                Frequency.MONTHLY, null, null, null, null, null, null, false, 0);

        TrendChart chart = TrendChart.of(atLeast, months(YearMonth.of(2026, 8), "45", "50"), List.of());

        assertThat(chart.range().top()).isEqualTo(TrendChart.TOP);
        assertThat(chart.range().label()).isEqualTo("Range: 40.0% or more");
        assertThat(TrendChart.of(AUDITS, months(YearMonth.of(2026, 8), "45"), List.of()).range()).isNull();
    }

    @Test
    void ratesAndDaysNameTheirUnitOnceOverTheAxisAndLongLabelsTakeALegendColumnOfTheirOwn() {
        Indicator rate = new Indicator(3, 1, null, "F4", "Children in need rate", null, Unit.RATE_PER_10000,
                Polarity.LOWER_IS_BETTER, null, null, 1, YearToDateRule.MEAN, Frequency.MONTHLY, null, null, null,
                null, null, null, false, 0);
        List<Benchmark> benchmarks = List.of(new Benchmark("2024/25", BenchmarkKind.STATISTICAL_NEIGHBOURS,
                new BigDecimal("344"), null), new Benchmark("2024/25", BenchmarkKind.ENGLAND, new BigDecimal("330.6"), null));

        TrendChart chart = TrendChart.of(rate, months(YearMonth.of(2026, 8), "352", "350"), benchmarks);

        assertThat(chart.valueAxis()).isEqualTo("Rate per 10,000");
        assertThat(chart.valueTicks()).extracting(TrendChart.Tick::label).allSatisfy(label ->
                assertThat(label).doesNotContain("per"));
        assertThat(chart.legend()).extracting(TrendChart.LegendEntry::x).containsOnly((double) TrendChart.LEFT);
        assertThat((double) chart.height()).isGreaterThan(chart.legend().get(2).y());
        assertThat(chart.viewBox()).isEqualTo("0 0 720 " + chart.height());
        assertThat(TrendChart.of(AUDITS, months(YearMonth.of(2026, 8), "45"), List.of()).valueAxis()).isNull();
    }

    /** Consecutive months from the first, with these values (null for missing) and no target. */
    static List<MonthFigure> months(YearMonth first, String... values) {
        List<MonthFigure> months = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            YearMonth month = first.plusMonths(i);
            IndicatorValue value = values[i] == null ? null : new IndicatorValue(1, month,
                    new Figures(new BigDecimal(values[i]), null, null, null), 1, java.time.Instant.EPOCH, 0);
            months.add(new MonthFigure(month, value, new TargetInForce(null, TargetInForce.Source.NONE),
                    value == null ? TargetStatus.NO_DATA : TargetStatus.NO_TARGET));
        }
        return months;
    }
}
