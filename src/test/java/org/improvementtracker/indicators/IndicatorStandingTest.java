package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.junit.jupiter.api.Test;

/** Where an indicator stands at a month: the row of a section's indicator table, from fixed figures. */
class IndicatorStandingTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aRateReadsItsYearToDateAsARatioOfSumsWithGapsSkippedAndCounted() {
        Indicator rate = indicator(Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, YearToDateRule.RATIO_OF_SUMS,
                Frequency.MONTHLY, new BigDecimal("80"));
        List<IndicatorValue> values = List.of(ratio(rate, "2026-03", 1, 1), ratio(rate, "2026-04", 40, 50),
                ratio(rate, "2026-05", 30, 60), ratio(rate, "2026-07", 45, 50), ratio(rate, "2026-10", 18, 20),
                ratio(rate, "2026-11", 8, 10));

        IndicatorStanding standing = standing(rate, List.of(), values, List.of());

        // April to November, June, August and September missing: (40+30+45+18+8) / (50+60+50+20+10).
        assertThat(standing.yearToDate().value()).isEqualByComparingTo(
                new BigDecimal(141 * 100).divide(new BigDecimal(190), Unit.PRECISION));
        assertThat(standing.yearToDate().monthsMissing()).isEqualTo(3);
        assertThat(standing.recent()).extracting(MonthFigure::month).containsExactly(YearMonth.of(2026, 6),
                YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), NOVEMBER);
        assertThat(standing.recent()).extracting(MonthFigure::figure).containsExactly(null,
                new BigDecimal("90.0000"), null, null, new BigDecimal("90.0000"), new BigDecimal("80.0000"));
        assertThat(standing.direction()).isEqualTo(DirectionOfTravel.DECLINING);
        assertThat(standing.target().target()).isEqualByComparingTo("80");
        assertThat(standing.status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aMonthWithNoValueHasNoDataAndNoDirectionNeverZero() {
        Indicator count = indicator(Unit.COUNT, Polarity.LOWER_IS_BETTER, YearToDateRule.SUM, Frequency.MONTHLY,
                new BigDecimal("5"));

        IndicatorStanding standing = standing(count, List.of(), List.of(value(count, "2026-10", "3")), List.of());

        assertThat(standing.latest().figure()).isNull();
        assertThat(standing.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(standing.direction()).isEqualTo(DirectionOfTravel.NOT_COMPARABLE);
        assertThat(standing.yearToDate().value()).isEqualByComparingTo("3");
        assertThat(standing(count, List.of(), List.of(), List.of()).yearToDate().state())
                .isEqualTo(YearToDate.State.NO_DATA);
    }

    @Test
    void aQuarterlyIndicatorIsJudgedOnItsLastQuarterAgainstTheOneBefore() {
        Indicator quarterly = indicator(Unit.DAYS, Polarity.LOWER_IS_BETTER, YearToDateRule.MEAN, Frequency.QUARTERLY,
                new BigDecimal("400"));

        IndicatorStanding standing = standing(quarterly, List.of(),
                List.of(value(quarterly, "2026-06", "450"), value(quarterly, "2026-09", "420")), List.of());

        assertThat(standing.latest().month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(standing.direction()).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(standing.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(standing.yearToDate().value()).isEqualByComparingTo("435");
    }

    @Test
    void directionAndStatusJudgeTheFiguresAsTheBoardReadsThem() {
        Indicator rate = indicator(Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, YearToDateRule.MEAN,
                Frequency.MONTHLY, new BigDecimal("42.5"));

        IndicatorStanding standing = standing(rate, List.of(),
                List.of(value(rate, "2026-10", "42.54"), value(rate, "2026-11", "42.46")), List.of());

        assertThat(standing.direction()).isEqualTo(DirectionOfTravel.NO_CHANGE);
        assertThat(standing.status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void theTargetInForceFollowsTheTrajectoryFromTheBaseline() {
        Indicator audits = indicator(Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, YearToDateRule.MEAN,
                Frequency.MONTHLY, new BigDecimal("90"));

        IndicatorStanding standing = standing(audits, List.of(new Milestone(LocalDate.of(2027, 3, 31),
                new BigDecimal("80"))), List.of(value(audits, "2026-11", "52")), List.of());

        // Baseline 20 in March 2026; 80 by March 2027: November is 8 months of 12 along, 60.
        assertThat(standing.target().source()).isEqualTo(TargetInForce.Source.TRAJECTORY);
        assertThat(standing.target().target()).isEqualByComparingTo("60");
        assertThat(standing.status()).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void benchmarksAreTheLatestPublishedForTheYearOrBefore() {
        Indicator rate = indicator(Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, YearToDateRule.MEAN,
                Frequency.MONTHLY, null);
        List<Benchmark> benchmarks = List.of(benchmark("2023/24", BenchmarkKind.ENGLAND, "60"),
                benchmark("2024/25", BenchmarkKind.ENGLAND, "62"), benchmark("2027/28", BenchmarkKind.ENGLAND, "99"),
                benchmark("2023/24", BenchmarkKind.STATISTICAL_NEIGHBOURS, "58"));

        IndicatorStanding standing = standing(rate, List.of(), List.of(), benchmarks);

        assertThat(standing.benchmarks()).extracting(Benchmark::yearLabel, Benchmark::kind).containsExactly(
                tuple("2023/24", BenchmarkKind.STATISTICAL_NEIGHBOURS), tuple("2024/25", BenchmarkKind.ENGLAND));
        assertThat(standing.benchmark(BenchmarkKind.REGION)).isEmpty();
    }

    private static IndicatorStanding standing(Indicator indicator, List<Milestone> milestones,
            List<IndicatorValue> values, List<Benchmark> benchmarks) {
        return IndicatorStanding.of(new IndicatorTargets(indicator, milestones, List.of()), benchmarks,
                new ArrayList<>(values), NOVEMBER, 6);
    }

    private static Indicator indicator(Unit unit, Polarity polarity, YearToDateRule rule, Frequency frequency,
            BigDecimal annualTarget) {
        return new Indicator(1, 1, null, "I1", "Indicator", null, unit, polarity, null, null, 1, rule, frequency,
                "2025/26", YearMonth.of(2026, 3), new BigDecimal("20"), annualTarget, BigDecimal.ZERO, null, false, 0);
    }

    private static IndicatorValue value(Indicator indicator, String month, String figure) {
        return new IndicatorValue(indicator.id(), YearMonth.parse(month), new Figures(new BigDecimal(figure), null,
                null, null), 1, Instant.EPOCH, 0);
    }

    private static IndicatorValue ratio(Indicator indicator, String month, int numerator, int denominator) {
        Figures figures = new Figures(null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null)
                .withValueFor(indicator.unit());
        return new IndicatorValue(indicator.id(), YearMonth.parse(month), figures, 1, Instant.EPOCH, 0);
    }

    private static Benchmark benchmark(String year, BenchmarkKind kind, String value) {
        return new Benchmark(year, kind, new BigDecimal(value), null);
    }
}
