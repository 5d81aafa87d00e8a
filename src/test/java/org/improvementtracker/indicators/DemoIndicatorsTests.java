package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's indicators are the scorecard newcomers first see: two years of believable figures that the
 * product itself would have accepted, so every miss explains itself and every rate adds up.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-indicators;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ActiveProfiles("demo")
class DemoIndicatorsTests {

    private static final long DEMO = 1;
    private static final long PLAN = 1;
    private static final YearMonth FIRST = YearMonth.of(2024, 11);
    // The demo's today is late November 2026: November's figures are not in yet.
    private static final YearMonth LAST = YearMonth.of(2026, 10);

    @Autowired
    IndicatorReader reader;

    @Autowired
    IndicatorValues values;

    List<IndicatorDetail> indicators;

    @BeforeEach
    void load() {
        indicators = reader.ofPlan(DEMO, PLAN, null, FIRST, LAST).stream()
                .map(months -> reader.detail(DEMO, months.indicator().id())).toList();
    }

    @Test
    void aboutTwentyIndicatorsSpreadOverEveryPriority() {
        assertThat(indicators).hasSizeBetween(18, 24);
        assertThat(indicators.stream().map(detail -> detail.indicator().sectionId()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(indicators).allSatisfy(detail -> {
            Indicator indicator = detail.indicator();
            assertThat(indicator.definition()).as(indicator.code()).isNotBlank();
            assertThat(indicator.dataOwnerPersonId()).as(indicator.code()).isNotNull();
            assertThat(indicator.baselineLabel()).as(indicator.code()).isNotBlank();
            assertThat(indicator.baselineValue()).as(indicator.code()).isNotNull();
            assertThat(indicator.baselineMonth()).as(indicator.code()).isBeforeOrEqualTo(FIRST);
            assertThat(detail.linkedActionIds()).as(indicator.code()).isNotEmpty();
        });
    }

    @Test
    void everyUnitPolarityYearToDateRuleAndFrequencyIsShown() {
        assertThat(used(Indicator::unit)).containsExactlyInAnyOrder(Unit.values());
        assertThat(used(Indicator::polarity)).containsExactlyInAnyOrder(Polarity.values());
        assertThat(used(Indicator::yearToDateRule)).containsExactlyInAnyOrder(YearToDateRule.values());
        assertThat(used(Indicator::frequency)).containsExactlyInAnyOrder(Frequency.values());
    }

    @Test
    void twentyFourMonthsOfValuesWhereEveryGapSaysWhy() {
        List<YearMonth> months = FIRST.atDay(1).datesUntil(LAST.plusMonths(1).atDay(1), Period.ofMonths(1))
                .map(YearMonth::from).toList();
        assertThat(months).hasSize(24);
        for (IndicatorDetail detail : indicators) {
            Indicator indicator = detail.indicator();
            Map<YearMonth, IndicatorValue> byMonth = detail.values().stream()
                    .collect(Collectors.toMap(IndicatorValue::month, Function.identity()));
            List<YearMonth> due = months.stream().filter(indicator.frequency()::expects).toList();
            assertThat(byMonth.keySet()).as(indicator.code()).containsExactlyInAnyOrderElementsOf(due);
            byMonth.values().stream().filter(value -> value.figures().value() == null).forEach(gap ->
                    assertThat(gap.figures().note()).as(indicator.code() + " " + gap.month() + " is missing").isNotBlank());
        }
        assertThat(indicators).anyMatch(detail -> detail.values().stream().anyMatch(v -> v.figures().value() == null));
    }

    @Test
    void everyValueIsOneTheProductWouldSaveAndEveryMissSaysWhy() {
        Set<TargetStatus> seen = EnumSet.noneOf(TargetStatus.class);
        for (IndicatorDetail detail : indicators) {
            Indicator indicator = detail.indicator();
            for (IndicatorValue saved : detail.values()) {
                Figures figures = saved.figures();
                TargetStatus status = detail.targets().statusOf(figures.value(), saved.month());
                seen.add(status);
                String what = indicator.code() + " " + saved.month() + " " + figures;
                assertThat(ValueCheck.check(indicator.unit(), new MonthlyValue(saved.month(), figures.value(),
                        figures.numerator(), figures.denominator(), figures.note()), status)).as(what).isEmpty();
                if (figures.hasRatio()) {
                    BigDecimal computed = new Figures(null, figures.numerator(), figures.denominator(), null)
                            .withValueFor(indicator.unit()).value();
                    assertThat(figures.value()).as(what).isEqualByComparingTo(computed);
                }
            }
            // Earlier saves of corrected months were checked when they were made, too.
            detail.history().stream().filter(event -> event.before() != null).forEach(event ->
                    assertThat(ValueCheck.check(indicator.unit(), new MonthlyValue(event.month(), event.before().value(),
                            event.before().numerator(), event.before().denominator(), event.before().note()),
                            detail.targets().statusOf(event.before().value(), event.month())))
                            .as(indicator.code() + " " + event.month() + " before correction").isEmpty());
        }
        assertThat(seen).contains(TargetStatus.MET, TargetStatus.WITHIN_TOLERANCE, TargetStatus.MISSED,
                TargetStatus.NO_TARGET, TargetStatus.NO_DATA);
    }

    @Test
    void everyMonthCanBeSavedAgainAsItIsThroughTheProductsOwnChecks() {
        List<ValueEntry> resaved = indicators.stream().flatMap(detail -> detail.values().stream())
                .map(saved -> new ValueEntry(saved.indicatorId(), saved.month(), saved.figures(), saved.version()))
                .toList();

        assertThat(resaved).hasSizeGreaterThan(400);
        assertThat(values.check(DEMO, resaved)).isEmpty();
    }

    @Test
    void benchmarksForTwoYearsTrajectoriesAndMonthlyTargets() {
        long benchmarked = indicators.stream().filter(detail -> detail.benchmarks().stream()
                .map(Benchmark::yearLabel).collect(Collectors.toSet()).containsAll(List.of("2023/24", "2024/25")))
                .count();
        assertThat(benchmarked).isGreaterThanOrEqualTo(15);
        List<Benchmark> benchmarks = indicators.stream().flatMap(detail -> detail.benchmarks().stream()).toList();
        assertThat(benchmarks).extracting(Benchmark::kind).contains(BenchmarkKind.values());
        assertThat(benchmarks).allSatisfy(benchmark -> assertThat(benchmark.sourceNote()).isNotBlank());

        IndicatorDetail audits = byName("Case file audits judged good or better");
        assertThat(audits.milestones()).extracting(Milestone::date)
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 9, 30), LocalDate.of(2027, 3, 31));
        assertThat(audits.milestones()).extracting(milestone -> milestone.target().stripTrailingZeros().toPlainString())
                .containsExactly("35", "50", "80");
        assertThat(indicators.stream().filter(detail -> !detail.milestones().isEmpty())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(indicators.stream().filter(detail -> !detail.monthlyTargets().isEmpty())).isNotEmpty();
    }

    @Test
    void theHistoryShowsWhoEnteredEachValueAndWhoCorrectedIt() {
        long corrections = 0;
        for (IndicatorDetail detail : indicators) {
            Map<YearMonth, List<ValueEvent>> events = detail.history().stream()
                    .collect(Collectors.groupingBy(ValueEvent::month));
            for (IndicatorValue saved : detail.values()) {
                String what = detail.indicator().code() + " " + saved.month();
                List<ValueEvent> saves = events.get(saved.month());
                assertThat(saves).as(what).isNotEmpty();
                assertThat(saves.get(0).before()).as(what + " first save").isNull();
                ValueEvent last = saves.get(saves.size() - 1);
                assertThat(last.after()).as(what).isEqualTo(saved.figures());
                assertThat(last.accountId()).as(what).isEqualTo(saved.enteredBy()).isIn(1L, 2L);
                assertThat(last.happenedAt()).as(what).isEqualTo(saved.enteredAt());
                // Entered after the month closed, as the data comes in: never ahead of time.
                assertThat(YearMonth.from(saves.get(0).happenedAt().atOffset(ZoneOffset.UTC))).as(what)
                        .isEqualTo(saved.month().plusMonths(1));
                corrections += saves.size() - 1;
            }
        }
        assertThat(corrections).isBetween(2L, 5L);
    }

    private <T> Set<T> used(Function<Indicator, T> property) {
        return indicators.stream().map(detail -> property.apply(detail.indicator())).collect(Collectors.toSet());
    }

    private IndicatorDetail byName(String name) {
        return indicators.stream().filter(detail -> detail.indicator().name().equals(name)).findFirst().orElseThrow();
    }
}
