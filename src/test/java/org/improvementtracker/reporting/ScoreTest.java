package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The worked examples of the reporting issue, and the rules behind them. */
class ScoreTest {

    @Test
    void aSectionRated_1_2_2_2_scores_1_8_fromTheUnrounded_1_75() {
        Score score = Score.ofRatings(List.of(1, 2, 2, 2));
        assertThat(score.value()).isEqualByComparingTo("1.75");
        assertThat(score.display()).isEqualTo("1.8");
    }

    @Test
    void aSectionRated_3_2_2_2_scores_2_3_roundedHalfUpAsExcelDoes() {
        Score score = Score.ofRatings(List.of(3, 2, 2, 2));
        assertThat(score.value()).isEqualByComparingTo("2.25");
        assertThat(score.display()).isEqualTo("2.3");
    }

    @Test
    void actionsNotRatedAreLeftOutOfTheMeanAndCountedOnTheirOwn() {
        Score score = Score.ofRatings(Arrays.asList(2, 3, 3, 2, 3, 2, 2, null, 0));
        assertThat(score.display()).isEqualTo("2.4");
        assertThat(score.rated()).isEqualTo(7);
        assertThat(score.notRated()).isEqualTo(2);
    }

    @Test
    void thePlanScoresTheMeanOfItsSectionScoresNotOfAllItsActions() {
        Score a = Score.ofRatings(List.of(3, 3, 3, 4));
        Score b = Score.ofRatings(List.of(3, 2, 2, 2));
        Score c = Score.ofRatings(List.of(2, 3));
        assertThat(List.of(a.value(), b.value(), c.value())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3.25"), new BigDecimal("2.25"), new BigDecimal("2.5"));

        Score plan = Score.ofSections(List.of(a, b, c));

        assertThat(plan.display()).isEqualTo("2.7");
        assertThat(plan.value().doubleValue()).isCloseTo(2.6667, org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void aPlanWhoseSectionsDifferInSizeIsNotTheMeanOfItsActions() {
        Score small = Score.ofRatings(List.of(4));
        Score large = Score.ofRatings(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(Score.ofSections(List.of(small, large)).display()).isEqualTo("2.5");
        assertThat(Score.ofRatings(List.of(4, 1, 1, 1, 1, 1, 1, 1, 1, 1)).display()).isEqualTo("1.3");
    }

    @Test
    void roundingUsesTheUnroundedValueOnce() {
        assertThat(new Score(new BigDecimal("2.449"), 1, 0).display()).isEqualTo("2.4");
        assertThat(new Score(new BigDecimal("2.45"), 1, 0).display()).isEqualTo("2.5");
        assertThat(new Score(new BigDecimal("1.75"), 1, 0).display()).isEqualTo("1.8");
    }

    @Test
    void nothingRatedHasNoScoreRatherThanZero() {
        Score score = Score.ofRatings(Arrays.asList(null, null));
        assertThat(score.isRated()).isFalse();
        assertThat(score.display()).isEqualTo("Not rated");
        assertThat(score.notRated()).isEqualTo(2);
        assertThat(Score.ofSections(List.of(score, Score.ofRatings(List.of(3)))).display())
                .as("a section with nothing rated does not drag the plan towards 0").isEqualTo("3.0");
    }

    @Test
    void movementComparesWhatTheBoardSees() {
        assertThat(Movement.between(Score.ofRatings(List.of(2, 2)), Score.ofRatings(List.of(2, 3))))
                .isEqualTo(Movement.IMPROVED);
        assertThat(Movement.between(new Score(new BigDecimal("2.26"), 1, 0), new Score(new BigDecimal("2.34"), 1, 0)))
                .isEqualTo(Movement.UNCHANGED);
        assertThat(Movement.between(3, 2)).isEqualTo(Movement.DECLINED);
        assertThat(Movement.between(null, 2)).isEqualTo(Movement.NOT_COMPARABLE);
    }

    @Property
    void theScoreLiesBetweenTheLowestAndHighestRating(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 5) Integer> ratings) {
        BigDecimal value = Score.ofRatings(ratings).value();
        assertThat(value).isBetween(BigDecimal.valueOf(ratings.stream().min(Integer::compare).orElseThrow()),
                BigDecimal.valueOf(ratings.stream().max(Integer::compare).orElseThrow()));
    }

    @Property
    void notRatedActionsNeverChangeTheScore(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 5) Integer> ratings,
            @ForAll @IntRange(min = 0, max = 10) int unrated) {
        List<Integer> withGaps = new ArrayList<>(ratings);
        for (int i = 0; i < unrated; i++) {
            withGaps.add(i % 2 == 0 ? null : 0);
        }
        Score score = Score.ofRatings(withGaps);
        assertThat(score.value()).isEqualByComparingTo(Score.ofRatings(ratings).value());
        assertThat(score.notRated()).isEqualTo(unrated);
    }

    @Property
    void theDisplayIsTheUnroundedMeanRoundedHalfUpToOneDecimal(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 5) Integer> ratings) {
        long sum = ratings.stream().mapToLong(Integer::longValue).sum();
        // Exact in integers: tenths = floor((20 * sum + n) / (2 * n)) is sum/n rounded half up to one decimal.
        long tenths = Math.floorDiv(20 * sum + ratings.size(), 2L * ratings.size());
        assertThat(Score.ofRatings(ratings).rounded()).isEqualByComparingTo(BigDecimal.valueOf(tenths, 1));
    }
}
