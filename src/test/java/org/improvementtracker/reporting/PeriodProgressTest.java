package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.junit.jupiter.api.Test;

/** Complete and removable actions are no longer chased: they neither lower the return rate nor wait for updates. */
class PeriodProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 5);
    private static final Plan PLAN = new Plan(1, "Plan", null, PlanStatus.ACTIVE, null, null, null, null,
            RatingScale.PROGRESS_5, "Priority", "Outcome", 0);
    private static final Period MAY = new Period(1, 1, "May 2026", LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 10), PeriodState.OPEN, 0);

    @Test
    void theReturnRateCountsOnlyActionsStillExpectedToReport() {
        PeriodProgress progress = new PeriodProgress(PLAN, MAY, null, List.of(
                progress(1, 3, UpdateState.SUBMITTED, false),
                progress(2, null, null, false),
                progress(3, null, null, true),
                progress(4, 5, UpdateState.SUBMITTED, true)), TODAY);

        assertThat(progress.expected()).as("the removable one that reported anyway still counts").isEqualTo(3);
        assertThat(progress.submitted()).isEqualTo(2);
        assertThat(progress.awaiting()).isEqualTo(1);
        assertThat(progress.percentSubmitted()).isEqualTo(67);
        assertThat(progress.actions().stream().filter(ActionProgress::expected).map(a -> a.action().id()))
                .containsExactly(1L, 2L, 4L);
    }

    private static ActionProgress progress(long id, Integer rating, UpdateState state, boolean removed) {
        Action action = new Action(id, 1, 1, null, (int) id, "1." + id, "Action " + id, null, null, null, null, null,
                null, false, 0);
        ProgressUpdate update = state == null ? null : new ProgressUpdate(id, 1, id, 1, state, rating, rating, null,
                "Text", null, "Lead", Instant.EPOCH, Instant.EPOCH, null, null, null, 0);
        return new ActionProgress(action, null, removed ? 5 : null, rating, update, Set.of(), Movement.NOT_COMPARABLE,
                removed);
    }
}
