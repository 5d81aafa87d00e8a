package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The audits trajectory of the issue: 35% by March 2015, 50% by September 2015, 80% by March 2016. */
class TrajectoryTest {

    private static final Milestone MARCH_2015 = new Milestone(LocalDate.of(2015, 3, 31), new BigDecimal("35"));
    private static final Milestone SEPTEMBER_2015 = new Milestone(LocalDate.of(2015, 9, 30), new BigDecimal("50"));
    private static final Milestone MARCH_2016 = new Milestone(LocalDate.of(2016, 3, 31), new BigDecimal("80"));
    private static final Milestone BASELINE = new Milestone(LocalDate.of(2014, 9, 30), new BigDecimal("20"));

    private final Trajectory audits = new Trajectory(BASELINE, List.of(MARCH_2015, SEPTEMBER_2015, MARCH_2016));

    @Test
    void interpolatesByMonthsBetweenTheSurroundingMilestones() {
        assertThat(audits.targetFor(YearMonth.of(2015, 6))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("42.5"));
        assertThat(audits.targetFor(YearMonth.of(2015, 12))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("65"));
    }

    @Test
    void aMilestonesMonthHasItsTarget() {
        assertThat(audits.targetFor(YearMonth.of(2015, 9))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("50"));
    }

    @Test
    void startsFromTheBaseline() {
        assertThat(audits.targetFor(YearMonth.of(2014, 9))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("20"));
        assertThat(audits.targetFor(YearMonth.of(2014, 12))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("27.5"));
        assertThat(audits.targetFor(YearMonth.of(2014, 8))).as("before the baseline").isEmpty();
    }

    @Test
    void withoutABaselineStartsAtTheFirstMilestone() {
        Trajectory trajectory = new Trajectory(null, List.of(MARCH_2015, SEPTEMBER_2015));
        assertThat(trajectory.targetFor(YearMonth.of(2015, 2))).isEmpty();
        assertThat(trajectory.targetFor(YearMonth.of(2015, 3))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("35"));
    }

    @Test
    void afterTheLastMilestoneItsTargetStays() {
        assertThat(audits.targetFor(YearMonth.of(2018, 1))).hasValueSatisfying(
                target -> assertThat(target).isEqualByComparingTo("80"));
    }

    @Test
    void aBaselineAloneSetsNoTarget() {
        assertThat(new Trajectory(BASELINE, List.of()).targetFor(YearMonth.of(2015, 1))).isEmpty();
    }

    @Test
    void milestonesMayComeInAnyOrderButOneAMonth() {
        assertThat(new Trajectory(BASELINE, List.of(MARCH_2016, MARCH_2015, SEPTEMBER_2015)).milestones())
                .containsExactly(MARCH_2015, SEPTEMBER_2015, MARCH_2016);
        Milestone alsoMarch = new Milestone(LocalDate.of(2015, 3, 1), BigDecimal.TEN);
        assertThatIllegalArgumentException().isThrownBy(() -> new Trajectory(null, List.of(MARCH_2015, alsoMarch)));
        assertThatIllegalArgumentException()
                .as("the baseline comes before the milestones")
                .isThrownBy(() -> new Trajectory(SEPTEMBER_2015, List.of(MARCH_2015)));
    }

    @Property
    void theTargetLiesBetweenTheSurroundingMilestones(@ForAll @IntRange(min = 0, max = 100) int from,
            @ForAll @IntRange(min = 0, max = 100) int to, @ForAll @IntRange(min = 1, max = 36) int span,
            @ForAll @IntRange(min = 0, max = 36) int along) {
        YearMonth start = YearMonth.of(2020, 1);
        Trajectory trajectory = new Trajectory(new Milestone(start.atDay(1), BigDecimal.valueOf(from)),
                List.of(new Milestone(start.plusMonths(span).atEndOfMonth(), BigDecimal.valueOf(to))));
        BigDecimal target = trajectory.targetFor(start.plusMonths(along)).orElseThrow();
        assertThat(target).isBetween(BigDecimal.valueOf(Math.min(from, to)), BigDecimal.valueOf(Math.max(from, to)));
        // Exact: from + (to - from) * along / span, with "along" capped at the last milestone.
        BigDecimal expected = BigDecimal.valueOf(from * (long) span + (to - from) * (long) Math.min(along, span))
                .divide(BigDecimal.valueOf(span), Unit.PRECISION);
        assertThat(target).isCloseTo(expected, within(new BigDecimal("1e-30")));
    }
}
