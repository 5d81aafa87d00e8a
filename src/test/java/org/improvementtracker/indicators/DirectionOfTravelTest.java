package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Direction of travel through the polarity, in words and a symbol. */
class DirectionOfTravelTest {

    private static final Range FIFTEEN_TO_TWENTY = new Range(new BigDecimal("15"), new BigDecimal("20"));

    @Test
    void higherIsBetterImprovesAsItRises() {
        assertThat(direction("70", "75", Polarity.HIGHER_IS_BETTER, "0")).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(direction("75", "70", Polarity.HIGHER_IS_BETTER, "0")).isEqualTo(DirectionOfTravel.DECLINING);
    }

    @Test
    void lowerIsBetterImprovesAsItFalls() {
        assertThat(direction("24", "21", Polarity.LOWER_IS_BETTER, "0")).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(direction("21", "24", Polarity.LOWER_IS_BETTER, "0")).isEqualTo(DirectionOfTravel.DECLINING);
    }

    @Test
    void aDifferenceWithinTheToleranceIsNoChange() {
        assertThat(direction("70", "71", Polarity.HIGHER_IS_BETTER, "1")).isEqualTo(DirectionOfTravel.NO_CHANGE);
        assertThat(direction("70", "69", Polarity.HIGHER_IS_BETTER, "1")).isEqualTo(DirectionOfTravel.NO_CHANGE);
        assertThat(direction("70", "71.1", Polarity.HIGHER_IS_BETTER, "1")).isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(direction("70", "70", Polarity.LOWER_IS_BETTER, null)).isEqualTo(DirectionOfTravel.NO_CHANGE);
    }

    @Test
    void withinARangeImprovesTowardTheRangeAndDeclinesAwayFromIt() {
        assertThat(inRange("25", "22", "0")).as("above, coming down").isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(inRange("10", "13", "0")).as("below, coming up").isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(inRange("22", "16", "0")).as("into the range").isEqualTo(DirectionOfTravel.IMPROVING);
        assertThat(inRange("18", "24", "0")).as("out of the range").isEqualTo(DirectionOfTravel.DECLINING);
        assertThat(inRange("13", "10", "0")).as("below, going further").isEqualTo(DirectionOfTravel.DECLINING);
        assertThat(inRange("16", "19", "0")).as("inside both times").isEqualTo(DirectionOfTravel.NO_CHANGE);
        assertThat(inRange("12", "23", "0")).as("as far out on the other side").isEqualTo(DirectionOfTravel.NO_CHANGE);
        assertThat(inRange("25", "24.5", "1")).as("closer by less than the tolerance")
                .isEqualTo(DirectionOfTravel.NO_CHANGE);
    }

    @Test
    void aMissingValueIsNotComparable() {
        assertThat(direction(null, "75", Polarity.HIGHER_IS_BETTER, "0")).isEqualTo(DirectionOfTravel.NOT_COMPARABLE);
        assertThat(direction("75", null, Polarity.WITHIN_RANGE, "0")).isEqualTo(DirectionOfTravel.NOT_COMPARABLE);
    }

    @Test
    void carriesWordsAndASymbolSoColourIsNeverTheOnlySignal() {
        assertThat(DirectionOfTravel.IMPROVING.label()).isEqualTo("Improving");
        assertThat(DirectionOfTravel.IMPROVING.symbol()).isEqualTo("↑");
        assertThat(DirectionOfTravel.DECLINING.label()).isEqualTo("Declining");
        assertThat(DirectionOfTravel.DECLINING.symbol()).isEqualTo("↓");
        assertThat(DirectionOfTravel.NO_CHANGE.label()).isEqualTo("No change");
        assertThat(DirectionOfTravel.NO_CHANGE.symbol()).isEqualTo("→");
        assertThat(DirectionOfTravel.NOT_COMPARABLE.label()).isEqualTo("Not comparable");
    }

    @Test
    void withinARangeNeedsItsRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> DirectionOfTravel.of(BigDecimal.ONE, BigDecimal.TEN,
                Polarity.WITHIN_RANGE, null, BigDecimal.ZERO));
    }

    @Property
    void swappingTheValuesOrThePolarityReversesTheDirection(@ForAll @IntRange(min = 0, max = 1000) int previous,
            @ForAll @IntRange(min = 0, max = 1000) int latest, @ForAll @IntRange(min = 0, max = 50) int tolerance) {
        BigDecimal a = BigDecimal.valueOf(previous);
        BigDecimal b = BigDecimal.valueOf(latest);
        BigDecimal t = BigDecimal.valueOf(tolerance);
        DirectionOfTravel higher = DirectionOfTravel.of(a, b, Polarity.HIGHER_IS_BETTER, null, t);
        assertThat(DirectionOfTravel.of(b, a, Polarity.HIGHER_IS_BETTER, null, t)).isEqualTo(reversed(higher));
        assertThat(DirectionOfTravel.of(a, b, Polarity.LOWER_IS_BETTER, null, t)).isEqualTo(reversed(higher));
        assertThat(higher == DirectionOfTravel.NO_CHANGE).isEqualTo(Math.abs(latest - previous) <= tolerance);
    }

    @Property
    void insideTheRangeBothTimesIsAlwaysNoChange(@ForAll @IntRange(min = 15, max = 20) int previous,
            @ForAll @IntRange(min = 15, max = 20) int latest) {
        assertThat(DirectionOfTravel.of(BigDecimal.valueOf(previous), BigDecimal.valueOf(latest), Polarity.WITHIN_RANGE,
                FIFTEEN_TO_TWENTY, BigDecimal.ZERO)).isEqualTo(DirectionOfTravel.NO_CHANGE);
    }

    private static DirectionOfTravel reversed(DirectionOfTravel direction) {
        return switch (direction) {
            case IMPROVING -> DirectionOfTravel.DECLINING;
            case DECLINING -> DirectionOfTravel.IMPROVING;
            default -> direction;
        };
    }

    private static DirectionOfTravel inRange(String previous, String latest, String tolerance) {
        return direction(previous, latest, Polarity.WITHIN_RANGE, tolerance);
    }

    private static DirectionOfTravel direction(String previous, String latest, Polarity polarity, String tolerance) {
        return DirectionOfTravel.of(number(previous), number(latest), polarity, FIFTEEN_TO_TWENTY, number(tolerance));
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
