package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.junit.jupiter.api.Test;

/** Which months could have a figure, so the pages call only those missing. */
class ExpectedMonthsTest {

    private final ExpectedMonths plan = new ExpectedMonths(YearMonth.of(2025, 4), YearMonth.of(2027, 3),
            YearMonth.of(2026, 11));

    @Test
    void figuresMayStartAtTheBaselineMonthWhenItIsBeforeThePlanStarts() {
        Indicator withEarlyBaseline = indicator(YearMonth.of(2024, 9));

        assertThat(plan.expects(withEarlyBaseline, YearMonth.of(2024, 8))).isFalse();
        assertThat(plan.expects(withEarlyBaseline, YearMonth.of(2024, 9))).isTrue();
        assertThat(plan.expects(indicator(null), YearMonth.of(2025, 3))).isFalse();
        assertThat(plan.expects(indicator(null), YearMonth.of(2025, 4))).isTrue();
        assertThat(plan.expects(indicator(YearMonth.of(2025, 9)), YearMonth.of(2025, 4))).isTrue();
    }

    @Test
    void theMonthWeAreInAndLaterOnesAndMonthsAfterThePlanHaveNoFigureYet() {
        assertThat(plan.expects(indicator(null), YearMonth.of(2026, 10))).isTrue();
        assertThat(plan.expects(indicator(null), YearMonth.of(2026, 11))).isFalse();
        assertThat(plan.expects(indicator(null), YearMonth.of(2026, 12))).isFalse();
        ExpectedMonths later = new ExpectedMonths(YearMonth.of(2025, 4), YearMonth.of(2027, 3), YearMonth.of(2028, 1));
        assertThat(later.expects(indicator(null), YearMonth.of(2027, 3))).isTrue();
        assertThat(later.expects(indicator(null), YearMonth.of(2027, 4))).isFalse();
    }

    @Test
    void aPlanWithoutDatesLimitsNothingButTheCalendar() {
        ExpectedMonths undated = new ExpectedMonths(null, null, YearMonth.of(2026, 11));

        assertThat(undated.expects(indicator(null), YearMonth.of(2001, 1))).isTrue();
        assertThat(undated.expects(indicator(YearMonth.of(2025, 1)), YearMonth.of(2024, 12))).isFalse();
        assertThat(undated.expects(indicator(null), YearMonth.of(2026, 11))).isFalse();
    }

    private static Indicator indicator(YearMonth baselineMonth) {
        return new Indicator(1, 1, null, "A1", "Audits", null, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, null,
                null, 1, YearToDateRule.MEAN, Frequency.MONTHLY, null, baselineMonth, null, null, null, null, false, 0);
    }
}
