package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Status against the target in force, through the polarity. */
class TargetStatusTest {

    private static final Range FIFTEEN_TO_TWENTY = new Range(new BigDecimal("15"), new BigDecimal("20"));

    @Test
    void higherIsBetterMeetsAtOrAboveTheTarget() {
        assertThat(status("80", "80", Polarity.HIGHER_IS_BETTER, "2")).isEqualTo(TargetStatus.MET);
        assertThat(status("85", "80", Polarity.HIGHER_IS_BETTER, "2")).isEqualTo(TargetStatus.MET);
        assertThat(status("78", "80", Polarity.HIGHER_IS_BETTER, "2")).isEqualTo(TargetStatus.WITHIN_TOLERANCE);
        assertThat(status("77.9", "80", Polarity.HIGHER_IS_BETTER, "2")).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void lowerIsBetterMeetsAtOrBelowTheTarget() {
        assertThat(status("18", "20", Polarity.LOWER_IS_BETTER, "1")).isEqualTo(TargetStatus.MET);
        assertThat(status("21", "20", Polarity.LOWER_IS_BETTER, "1")).isEqualTo(TargetStatus.WITHIN_TOLERANCE);
        assertThat(status("21.5", "20", Polarity.LOWER_IS_BETTER, "1")).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void withoutAToleranceAnyShortfallIsMissed() {
        assertThat(status("79.99", "80", Polarity.HIGHER_IS_BETTER, null)).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void withinARangeMeetsInsideItAndIsWithinToleranceJustOutside() {
        assertThat(status("15", null, Polarity.WITHIN_RANGE, "2")).isEqualTo(TargetStatus.MET);
        assertThat(status("20", null, Polarity.WITHIN_RANGE, "2")).isEqualTo(TargetStatus.MET);
        assertThat(status("22", null, Polarity.WITHIN_RANGE, "2")).isEqualTo(TargetStatus.WITHIN_TOLERANCE);
        assertThat(status("13", null, Polarity.WITHIN_RANGE, "2")).isEqualTo(TargetStatus.WITHIN_TOLERANCE);
        assertThat(status("12.5", null, Polarity.WITHIN_RANGE, "2")).isEqualTo(TargetStatus.MISSED);
        assertThat(TargetStatus.of(BigDecimal.ONE, null, Polarity.WITHIN_RANGE, null, null))
                .isEqualTo(TargetStatus.NO_TARGET);
    }

    @Test
    void noValueIsNoDataAndNoTargetIsNoTarget() {
        assertThat(status(null, "80", Polarity.HIGHER_IS_BETTER, "2")).isEqualTo(TargetStatus.NO_DATA);
        assertThat(status(null, null, Polarity.HIGHER_IS_BETTER, "2")).isEqualTo(TargetStatus.NO_DATA);
        assertThat(status("80", null, Polarity.LOWER_IS_BETTER, "2")).isEqualTo(TargetStatus.NO_TARGET);
        assertThat(TargetStatus.NO_DATA.label()).isEqualTo("No data");
        assertThat(TargetStatus.WITHIN_TOLERANCE.label()).isEqualTo("Within tolerance");
    }

    @Test
    void roundedAsDisplayedTheStatusAgreesWithWhatTheBoardReads() {
        BigDecimal shown = Unit.PERCENTAGE.round(new BigDecimal("79.96"), 1);
        assertThat(TargetStatus.of(shown, new BigDecimal("80"), Polarity.HIGHER_IS_BETTER, null, null))
                .isEqualTo(TargetStatus.MET);
    }

    @Property
    void higherAndLowerIsBetterMirrorEachOther(@ForAll @IntRange(min = 0, max = 200) int value,
            @ForAll @IntRange(min = 0, max = 200) int target, @ForAll @IntRange(min = 0, max = 20) int tolerance) {
        TargetStatus higher = TargetStatus.of(BigDecimal.valueOf(value), BigDecimal.valueOf(target),
                Polarity.HIGHER_IS_BETTER, null, BigDecimal.valueOf(tolerance));
        TargetStatus lower = TargetStatus.of(BigDecimal.valueOf(-value), BigDecimal.valueOf(-target),
                Polarity.LOWER_IS_BETTER, null, BigDecimal.valueOf(tolerance));
        assertThat(lower).isEqualTo(higher);
        assertThat(higher == TargetStatus.MET).isEqualTo(value >= target);
        assertThat(higher == TargetStatus.MISSED).isEqualTo(value < target - tolerance);
    }

    private static TargetStatus status(String value, String target, Polarity polarity, String tolerance) {
        return TargetStatus.of(number(value), number(target), polarity, FIFTEEN_TO_TWENTY, number(tolerance));
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
