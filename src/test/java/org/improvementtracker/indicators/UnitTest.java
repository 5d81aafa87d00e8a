package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Ratios and display rounding. */
class UnitTest {

    @Test
    void aRatioIsScaledToItsUnit() {
        assertThat(Unit.PERCENTAGE.ratio(new BigDecimal("17"), new BigDecimal("40"))).isEqualByComparingTo("42.5");
        assertThat(Unit.RATE_PER_10000.ratio(new BigDecimal("31"), new BigDecimal("45000")))
                .isEqualByComparingTo(new BigDecimal("6.888888888888888888888888888888889"));
        assertThat(Unit.NUMBER.ratio(new BigDecimal("180"), new BigDecimal("12"))).isEqualByComparingTo("15");
    }

    @Test
    void displayRoundsHalfUpToTheIndicatorsDecimals() {
        assertThat(Unit.PERCENTAGE.format(new BigDecimal("42.45"), 1)).isEqualTo("42.5%");
        assertThat(Unit.PERCENTAGE.format(new BigDecimal("42.449"), 1)).isEqualTo("42.4%");
        assertThat(Unit.DAYS.format(new BigDecimal("12.5"), 0)).isEqualTo("13 days");
        assertThat(Unit.COUNT.format(new BigDecimal("12"), 0)).isEqualTo("12");
        assertThat(Unit.RATE_PER_10000.format(new BigDecimal("31"), 1)).isEqualTo("31.0 per 10,000");
        assertThat(Unit.NUMBER.format(new BigDecimal("-2.5"), 0)).isEqualTo("-3");
    }

    @Property
    void roundingHalfUpMatchesIntegerArithmetic(@ForAll @IntRange(min = 0, max = 1_000_000) int thousandths) {
        // Exact in integers: hundredths = floor((thousandths + 5) / 10) is the value rounded half up to two decimals.
        BigDecimal value = BigDecimal.valueOf(thousandths, 3);
        assertThat(Unit.PERCENTAGE.round(value, 2)).isEqualTo(BigDecimal.valueOf((thousandths + 5) / 10, 2));
    }
}
