package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.improvementtracker.plans.RatingScale;
import org.junit.jupiter.api.Test;

class ActionStatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static Period period(PeriodState state, LocalDate deadline) {
        return new Period(1, 1, "May 2026", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), deadline, state, 0);
    }

    private static final Period OPEN_PAST_DEADLINE = period(PeriodState.OPEN, LocalDate.of(2026, 6, 10));
    private static final Period OPEN_BEFORE_DEADLINE = period(PeriodState.OPEN, LocalDate.of(2026, 6, 20));
    private static final Period CLOSED = period(PeriodState.CLOSED, LocalDate.of(2026, 6, 10));

    @Test
    void anActionPastItsDueDateAndNotCompleteIsOverdue() {
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, TODAY.minusDays(1), List.of(3), null, CLOSED, true, TODAY))
                .containsExactly(ActionState.OVERDUE);
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, TODAY, List.of(3), null, CLOSED, true, TODAY))
                .as("due today is not yet overdue").isEmpty();
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, List.of(2), null, CLOSED, true, TODAY))
                .as("no due date (\"ongoing\") is never overdue").isEmpty();
    }

    @Test
    void anActionRatedCompleteIsCompletedAndNeverOverdue() {
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, TODAY.minusMonths(3), List.of(4), null, CLOSED, true, TODAY))
                .containsExactly(ActionState.COMPLETED);
        assertThat(ActionStates.of(RatingScale.BRAG, TODAY.minusMonths(3), List.of(4), null, CLOSED, true, TODAY))
                .containsExactly(ActionState.COMPLETED);
        assertThat(ActionStates.of(RatingScale.RAG, TODAY.minusMonths(3), List.of(3), null, CLOSED, true, TODAY))
                .as("RAG has no 'complete' level").containsExactly(ActionState.OVERDUE);
    }

    @Test
    void completionCarriesForwardFromTheLastRatingWhenTheCurrentPeriodIsNotRatedYet() {
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, TODAY.minusMonths(1), Arrays.asList(5, null), 3,
                OPEN_BEFORE_DEADLINE, false, TODAY)).containsExactly(ActionState.COMPLETED);
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, TODAY.minusMonths(1), Arrays.asList((Integer) null), 4,
                OPEN_BEFORE_DEADLINE, false, TODAY)).as("the initial rating counts").containsExactly(ActionState.COMPLETED);
    }

    @Test
    void noUpdateOnlyOnceTheOpenPeriodsDeadlineHasPassedWithoutASubmission() {
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, Arrays.asList((Integer) null), null,
                OPEN_PAST_DEADLINE, false, TODAY)).containsExactly(ActionState.NO_UPDATE);
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, Arrays.asList((Integer) null), null,
                OPEN_BEFORE_DEADLINE, false, TODAY)).isEmpty();
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, List.of(3), null, OPEN_PAST_DEADLINE, true, TODAY))
                .isEmpty();
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, Arrays.asList((Integer) null), null, CLOSED, false,
                TODAY)).as("a closed period no longer waits for updates").isEmpty();
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, Arrays.asList((Integer) null), null,
                period(PeriodState.OPEN, TODAY), false, TODAY)).as("the deadline day itself still counts").isEmpty();
    }

    @Test
    void stalledIsTheSameRatingBelowOnTrackForThreePeriodsInARow() {
        assertThat(ActionStates.stalled(List.of(2, 2, 2))).isTrue();
        assertThat(ActionStates.stalled(List.of(3, 1, 1, 1))).isTrue();
        assertThat(ActionStates.stalled(List.of(2, 2))).as("two periods are not yet three").isFalse();
        assertThat(ActionStates.stalled(List.of(3, 3, 3))).as("steady on track is not stalled").isFalse();
        assertThat(ActionStates.stalled(List.of(1, 2, 2))).as("a change is progress").isFalse();
        assertThat(ActionStates.stalled(Arrays.asList(2, null, 2))).as("a gap breaks the run").isFalse();
    }

    @Test
    void anOpenPeriodNotYetRatedDoesNotBreakARunOfStalledRatings() {
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, Arrays.asList(2, 2, 2, null), null,
                OPEN_BEFORE_DEADLINE, false, TODAY)).containsExactly(ActionState.STALLED);
        assertThat(ActionStates.of(RatingScale.PROGRESS_5, null, Arrays.asList(2, 2, null), null, CLOSED, false, TODAY))
                .as("a closed period without a rating does").isEmpty();
    }
}
