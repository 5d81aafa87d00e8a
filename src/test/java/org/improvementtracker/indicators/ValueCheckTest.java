package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What must be right before a value is saved, each problem naming its field. */
class ValueCheckTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);

    @Test
    void aPercentageLiesBetween0And100() {
        assertThat(check(Unit.PERCENTAGE, value("100.1"))).containsExactly(
                new ValueProblem("value", "A percentage must be between 0 and 100"));
        assertThat(check(Unit.PERCENTAGE, value("-1"))).extracting(ValueProblem::field).containsExactly("value");
        assertThat(check(Unit.PERCENTAGE, value("0"))).isEmpty();
        assertThat(check(Unit.PERCENTAGE, value("100"))).isEmpty();
    }

    @Test
    void countsDaysAndRatesCannotBeNegative() {
        assertThat(check(Unit.COUNT, value("-3"))).containsExactly(new ValueProblem("value", "A count cannot be negative"));
        assertThat(check(Unit.DAYS, value("-0.5"))).containsExactly(new ValueProblem("value", "Days cannot be negative"));
        assertThat(check(Unit.RATE_PER_10000, value("-1")))
                .containsExactly(new ValueProblem("value", "A rate cannot be negative"));
        assertThat(check(Unit.NUMBER, value("-1"))).as("a number may be anything").isEmpty();
    }

    @Test
    void aCountIsAWholeNumber() {
        assertThat(check(Unit.COUNT, value("2.5"))).containsExactly(new ValueProblem("value", "A count must be a whole number"));
        assertThat(check(Unit.COUNT, value("2.00"))).isEmpty();
    }

    @Test
    void theNumeratorCannotExceedTheDenominatorOfAPercentage() {
        assertThat(check(Unit.PERCENTAGE, ratio("41", "40"))).containsExactly(
                new ValueProblem("numerator", "The numerator cannot be more than the denominator"));
        assertThat(check(Unit.RATE_PER_10000, ratio("41", "40"))).as("a rate may")
                .extracting(ValueProblem::field).doesNotContain("numerator");
    }

    @Test
    void theDenominatorIsMoreThanZero() {
        assertThat(check(Unit.PERCENTAGE, ratio("0", "0"))).containsExactly(
                new ValueProblem("denominator", "The denominator must be more than 0"));
        assertThat(check(Unit.PERCENTAGE, ratio("-1", "-2"))).extracting(ValueProblem::field, ValueProblem::message)
                .containsExactly(tuple("numerator", "The numerator cannot be negative"),
                        tuple("denominator", "The denominator must be more than 0"));
    }

    @Test
    void aNumeratorAndDenominatorComeTogether() {
        assertThat(check(Unit.PERCENTAGE, new MonthlyValue(MAY, null, null, BigDecimal.TEN, null))).containsExactly(
                new ValueProblem("numerator", "Enter the numerator as well as the denominator"));
        assertThat(check(Unit.PERCENTAGE, new MonthlyValue(MAY, null, BigDecimal.ONE, null, null))).containsExactly(
                new ValueProblem("denominator", "Enter the denominator as well as the numerator"));
    }

    @Test
    void anEmptyMonthIsMissingNotWrong() {
        assertThat(check(Unit.PERCENTAGE, new MonthlyValue(MAY, null, null, null, "Data not available"))).isEmpty();
        assertThat(check(Unit.COUNT, new MonthlyValue(MAY, null, null, null, null))).isEmpty();
    }

    @Test
    void aValueThatMissesItsTargetNeedsANote() {
        assertThat(ValueCheck.requiresNote(TargetStatus.MISSED)).isTrue();
        assertThat(List.of(TargetStatus.MET, TargetStatus.WITHIN_TOLERANCE, TargetStatus.NO_TARGET, TargetStatus.NO_DATA))
                .noneMatch(ValueCheck::requiresNote);
        assertThat(ValueCheck.check(Unit.PERCENTAGE, new MonthlyValue(MAY, new BigDecimal("60"), null, null, " "),
                TargetStatus.MISSED)).containsExactly(
                        new ValueProblem("note", "Explain in a note why the value misses its target"));
        assertThat(ValueCheck.check(Unit.PERCENTAGE,
                new MonthlyValue(MAY, new BigDecimal("60"), null, null, "Two teams short-staffed"), TargetStatus.MISSED))
                .isEmpty();
    }

    @Test
    void aValueBelongsToAMonthOfThePlan() {
        YearMonth first = YearMonth.of(2024, 4);
        YearMonth last = YearMonth.of(2027, 3);
        assertThat(ValueCheck.checkMonth(Frequency.MONTHLY, YearMonth.of(2024, 3), first, last)).contains(new ValueProblem(
                "month", "March 2024 is outside the plan: values can be entered from April 2024 to March 2027"));
        assertThat(ValueCheck.checkMonth(Frequency.MONTHLY, YearMonth.of(2027, 4), first, last)).isPresent();
        assertThat(ValueCheck.checkMonth(Frequency.MONTHLY, first, first, last)).isEmpty();
        assertThat(ValueCheck.checkMonth(Frequency.MONTHLY, last, first, last)).isEmpty();
    }

    @Test
    void aQuarterlyValueBelongsToAQuartersLastMonth() {
        YearMonth first = YearMonth.of(2024, 4);
        YearMonth last = YearMonth.of(2027, 3);
        assertThat(ValueCheck.checkMonth(Frequency.QUARTERLY, MAY, first, last)).contains(new ValueProblem("month",
                "A quarterly indicator takes values for June, September, December and March only"));
        assertThat(ValueCheck.checkMonth(Frequency.QUARTERLY, YearMonth.of(2025, 6), first, last)).isEmpty();
        assertThat(ValueCheck.checkMonth(Frequency.QUARTERLY, YearMonth.of(2026, 3), first, last)).isEmpty();
    }

    @Property
    void everyPercentageFromAValidNumeratorAndDenominatorPasses(@ForAll @IntRange(min = 1, max = 10_000) int denominator,
            @ForAll @IntRange(min = 0, max = 10_000) int numerator) {
        MonthlyValue entered = MonthlyValue.ofRatio(MAY, BigDecimal.valueOf(Math.min(numerator, denominator)),
                BigDecimal.valueOf(denominator), Unit.PERCENTAGE, null);
        assertThat(ValueCheck.check(Unit.PERCENTAGE, entered, null)).isEmpty();
        assertThat(entered.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    private static List<ValueProblem> check(Unit unit, MonthlyValue entered) {
        return ValueCheck.check(unit, entered, TargetStatus.MET);
    }

    private static MonthlyValue value(String value) {
        return MonthlyValue.of(MAY, new BigDecimal(value));
    }

    private static MonthlyValue ratio(String numerator, String denominator) {
        return new MonthlyValue(MAY, null, new BigDecimal(numerator), new BigDecimal(denominator), null);
    }
}
