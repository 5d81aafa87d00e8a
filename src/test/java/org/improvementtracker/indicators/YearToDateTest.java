package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Year to date over the financial year, never a silent 0. */
class YearToDateTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    private static final YearMonth JUNE = YearMonth.of(2025, 6);

    @Test
    void countsAreSummedFromApril() {
        YearToDate ytd = YearToDate.of(YearToDateRule.SUM, Unit.COUNT, Frequency.MONTHLY, JUNE,
                List.of(value(2025, 3, "100"), value(2025, 4, "12"), value(2025, 5, "7"), value(2025, 6, "9"),
                        value(2025, 7, "50")));
        assertThat(ytd.state()).isEqualTo(YearToDate.State.COMPUTED);
        assertThat(ytd.value()).as("March is last year, July is after the month").isEqualByComparingTo("28");
        assertThat(ytd.monthsCounted()).isEqualTo(3);
        assertThat(ytd.monthsMissing()).isZero();
        assertThat(ytd.missingText()).isEmpty();
        assertThat(ytd.display(Unit.COUNT, 0)).isEqualTo("28");
    }

    @Test
    void ratesAreTheSumOfNumeratorsOverTheSumOfDenominatorsNotAMeanOfPercentages() {
        List<MonthlyValue> values = List.of(ratio(2025, 4, "1", "2"), ratio(2025, 5, "90", "100"));
        YearToDate ytd = YearToDate.of(YearToDateRule.RATIO_OF_SUMS, Unit.PERCENTAGE, Frequency.MONTHLY,
                YearMonth.of(2025, 5), values);
        // 91 of 102 is 89.2%; the mean of 50% and 90% would be 70%.
        assertThat(ytd.display(Unit.PERCENTAGE, 1)).isEqualTo("89.2%");
        assertThat(ytd.value()).isEqualByComparingTo(
                new BigDecimal("9100").divide(new BigDecimal("102"), MathContext.DECIMAL128));
    }

    @Test
    void ratesPer10000AreScaledTo10000() {
        YearToDate ytd = YearToDate.of(YearToDateRule.RATIO_OF_SUMS, Unit.RATE_PER_10000, Frequency.MONTHLY,
                YearMonth.of(2025, 5), List.of(ratio(2025, 4, "30", "45000"), ratio(2025, 5, "33", "45000")));
        assertThat(ytd.value()).isEqualByComparingTo("7");
        assertThat(ytd.display(Unit.RATE_PER_10000, 1)).isEqualTo("7.0 per 10,000");
    }

    @Test
    void meanAndLatestWhereTheIndicatorSaysSo() {
        List<MonthlyValue> values = List.of(value(2025, 4, "18"), value(2025, 5, "21"), value(2025, 6, "23"));
        assertThat(YearToDate.of(YearToDateRule.MEAN, Unit.NUMBER, Frequency.MONTHLY, JUNE, values).value())
                .isEqualByComparingTo(new BigDecimal("62").divide(new BigDecimal("3"), MathContext.DECIMAL128));
        assertThat(YearToDate.of(YearToDateRule.LATEST, Unit.NUMBER, Frequency.MONTHLY, JUNE, values).value())
                .isEqualByComparingTo("23");
    }

    @Test
    void latestIsTheLatestMonthWithAValueWhateverTheOrderGiven() {
        List<MonthlyValue> values = List.of(value(2025, 5, "21"), value(2025, 4, "18"));
        YearToDate ytd = YearToDate.of(YearToDateRule.LATEST, Unit.NUMBER, Frequency.MONTHLY, JUNE, values);
        assertThat(ytd.value()).isEqualByComparingTo("21");
        assertThat(ytd.missingText()).isEqualTo("1 month missing");
    }

    @Test
    void monthsWithNoValueAreSkippedAndCounted() {
        List<MonthlyValue> values = List.of(value(2025, 4, "12"),
                new MonthlyValue(YearMonth.of(2025, 5), null, null, null, "System outage: no extract"));
        YearToDate ytd = YearToDate.of(YearToDateRule.MEAN, Unit.DAYS, Frequency.MONTHLY, JUNE, values);
        assertThat(ytd.value()).isEqualByComparingTo("12");
        assertThat(ytd.monthsCounted()).isEqualTo(1);
        assertThat(ytd.monthsMissing()).isEqualTo(2);
        assertThat(ytd.missingText()).isEqualTo("2 months missing");
    }

    @Test
    void noValuesIsNoDataNeverZero() {
        for (YearToDateRule rule : YearToDateRule.values()) {
            YearToDate ytd = YearToDate.of(rule, Unit.COUNT, Frequency.MONTHLY, JUNE, List.of());
            assertThat(ytd.state()).isEqualTo(YearToDate.State.NO_DATA);
            assertThat(ytd.value()).isNull();
            assertThat(ytd.monthsMissing()).isEqualTo(3);
            assertThat(ytd.display(Unit.COUNT, 0)).isEqualTo("No data");
        }
    }

    @Test
    void denominatorsAddingUpToZeroAreNotComputableWithTheReason() {
        YearToDate ytd = YearToDate.of(YearToDateRule.RATIO_OF_SUMS, Unit.PERCENTAGE, Frequency.MONTHLY, APRIL,
                List.of(ratio(2025, 4, "0", "0")));
        assertThat(ytd.state()).isEqualTo(YearToDate.State.NOT_COMPUTABLE);
        assertThat(ytd.value()).isNull();
        assertThat(ytd.reason()).isEqualTo("The denominators add up to 0");
        assertThat(ytd.display(Unit.PERCENTAGE, 1)).isEqualTo("Not computable");
    }

    @Test
    void aRatioOfSumsNeedsEveryMonthsNumeratorAndDenominator() {
        YearToDate ytd = YearToDate.of(YearToDateRule.RATIO_OF_SUMS, Unit.PERCENTAGE, Frequency.MONTHLY, JUNE,
                List.of(ratio(2025, 4, "1", "2"), value(2025, 5, "50")));
        assertThat(ytd.state()).isEqualTo(YearToDate.State.NOT_COMPUTABLE);
        assertThat(ytd.reason()).isEqualTo("May 2025 has a value but no numerator and denominator, which a ratio of sums needs");
        assertThat(ytd.monthsMissing()).isEqualTo(1);
    }

    @Test
    void sumMeanAndLatestNeedEveryMonthsValue() {
        YearToDate ytd = YearToDate.of(YearToDateRule.SUM, Unit.COUNT, Frequency.MONTHLY, APRIL,
                List.of(new MonthlyValue(APRIL, null, BigDecimal.ONE, BigDecimal.TEN, null)));
        assertThat(ytd.state()).isEqualTo(YearToDate.State.NOT_COMPUTABLE);
        assertThat(ytd.reason()).isEqualTo("April 2025 has a numerator and denominator but no value");
    }

    @Test
    void aQuarterlyIndicatorIsMissingOnlyTheQuartersLastMonths() {
        YearMonth december = YearMonth.of(2025, 12);
        YearToDate ytd = YearToDate.of(YearToDateRule.SUM, Unit.COUNT, Frequency.QUARTERLY, december,
                List.of(value(2025, 6, "4"), value(2025, 11, "99")));
        assertThat(ytd.value()).as("November is not a quarter's month").isEqualByComparingTo("4");
        assertThat(ytd.monthsCounted()).isEqualTo(1);
        assertThat(ytd.monthsMissing()).as("September and December").isEqualTo(2);
        assertThat(YearToDate.of(YearToDateRule.SUM, Unit.COUNT, Frequency.QUARTERLY, APRIL, List.of()).monthsMissing())
                .as("nothing is due yet in April").isZero();
    }

    @Test
    void twoValuesForOneMonthAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> YearToDate.of(YearToDateRule.SUM, Unit.COUNT,
                Frequency.MONTHLY, APRIL, List.of(value(2025, 4, "1"), value(2025, 4, "2"))))
                .withMessage("Two values for April 2025");
    }

    @Test
    void aValueIsNeverPairedWithAReasonNorAStateWithoutIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new YearToDate(YearToDate.State.NO_DATA, BigDecimal.ZERO, 0, 1, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new YearToDate(YearToDate.State.COMPUTED, null, 1, 0, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new YearToDate(YearToDate.State.NOT_COMPUTABLE, null, 1, 0, null));
    }

    @Property
    void theRatioOfSumsLiesBetweenTheLowestAndHighestMonth(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 500) Integer> denominators,
            @ForAll @IntRange(min = 0, max = 100) int seed) {
        List<MonthlyValue> values = new ArrayList<>();
        for (int i = 0; i < denominators.size(); i++) {
            int denominator = denominators.get(i);
            int numerator = (seed * (i + 7)) % (denominator + 1);
            values.add(MonthlyValue.ofRatio(APRIL.plusMonths(i), BigDecimal.valueOf(numerator),
                    BigDecimal.valueOf(denominator), Unit.PERCENTAGE, null));
        }
        YearToDate ytd = YearToDate.of(YearToDateRule.RATIO_OF_SUMS, Unit.PERCENTAGE, Frequency.MONTHLY,
                APRIL.plusMonths(11), values);
        BigDecimal lowest = values.stream().map(MonthlyValue::value).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal highest = values.stream().map(MonthlyValue::value).max(BigDecimal::compareTo).orElseThrow();
        assertThat(ytd.value()).isBetween(lowest.subtract(new BigDecimal("1e-20")), highest.add(new BigDecimal("1e-20")));
        assertThat(ytd.monthsCounted() + ytd.monthsMissing()).isEqualTo(12);
        assertThat(ytd.monthsMissing()).isEqualTo(12 - denominators.size());
    }

    @Property
    void theSumIgnoresOrderAndGapsAndCountsEveryMonthOnce(
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -1, max = 1000) Integer> months,
            @ForAll @IntRange(min = 0, max = 11) int upTo) {
        // -1 stands for a month with no value.
        List<MonthlyValue> values = new ArrayList<>();
        long expected = 0;
        int missing = 0;
        for (int i = 0; i < 12; i++) {
            if (months.get(i) >= 0) {
                values.add(value(APRIL.plusMonths(i), months.get(i)));
                expected += i <= upTo ? months.get(i) : 0;
            } else if (i <= upTo) {
                missing++;
            }
        }
        Collections.reverse(values);
        YearToDate ytd = YearToDate.of(YearToDateRule.SUM, Unit.COUNT, Frequency.MONTHLY, APRIL.plusMonths(upTo),
                values);
        assertThat(ytd.monthsMissing()).isEqualTo(missing);
        assertThat(ytd.monthsCounted() + ytd.monthsMissing()).isEqualTo(upTo + 1);
        if (missing == upTo + 1) {
            assertThat(ytd.state()).isEqualTo(YearToDate.State.NO_DATA);
        } else {
            assertThat(ytd.value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        }
    }

    @Property
    void theMeanLiesBetweenTheLowestAndHighestMonth(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 10_000) Integer> months) {
        List<MonthlyValue> values = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            values.add(value(APRIL.plusMonths(i), months.get(i)));
        }
        BigDecimal mean = YearToDate.of(YearToDateRule.MEAN, Unit.NUMBER, Frequency.MONTHLY, APRIL.plusMonths(11),
                values).value();
        assertThat(mean).isBetween(BigDecimal.valueOf(months.stream().min(Integer::compare).orElseThrow()),
                BigDecimal.valueOf(months.stream().max(Integer::compare).orElseThrow()));
    }

    private static MonthlyValue value(int year, int month, String value) {
        return MonthlyValue.of(YearMonth.of(year, month), new BigDecimal(value));
    }

    private static MonthlyValue value(YearMonth month, int value) {
        return MonthlyValue.of(month, BigDecimal.valueOf(value));
    }

    private static MonthlyValue ratio(int year, int month, String numerator, String denominator) {
        return new MonthlyValue(YearMonth.of(year, month), null, new BigDecimal(numerator), new BigDecimal(denominator),
                null);
    }
}
