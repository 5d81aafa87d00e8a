package org.improvementtracker.reporting.web;

import java.util.Comparator;
import java.util.List;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.reporting.ActionHistory;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateEvent;
import org.improvementtracker.reporting.UpdateState;

/**
 * What the update form shows around the form: the action, the period, the update as saved, why it
 * cannot be changed (null when it can), and the action's updates of earlier periods, newest first.
 */
record UpdatePage(Plan plan, Action action, Period period, ProgressUpdate update, UpdateStatus status,
        String readOnly, List<EarlierUpdate> earlier) {

    /** An earlier period's update with the moderator's comments on it: returns and changed ratings. */
    record EarlierUpdate(Period period, ProgressUpdate update, List<UpdateEvent> comments) {

        public UpdateStatus status() {
            return UpdateStatus.of(update);
        }
    }

    static UpdatePage of(ActionHistory history, Period period, ProgressUpdate update, boolean mayWrite) {
        List<EarlierUpdate> earlier = history.ratings().stream()
                .filter(rating -> rating.update() != null && rating.period().startsOn().isBefore(period.startsOn()))
                .sorted(Comparator.comparing((ActionHistory.PeriodRating rating) -> rating.period().startsOn())
                        .reversed())
                .map(rating -> new EarlierUpdate(rating.period(), rating.update(),
                        moderatorComments(history.events(), rating.period())))
                .toList();
        return new UpdatePage(history.plan(), history.action(), period, update, UpdateStatus.of(update),
                whyReadOnly(mayWrite, history.action(), period, update), earlier);
    }

    public boolean writable() {
        return readOnly == null;
    }

    private static List<UpdateEvent> moderatorComments(List<UpdateEvent> events, Period period) {
        return events.stream()
                .filter(event -> event.periodId() == period.id() && event.comment() != null
                        && (event.kind() == UpdateEvent.Kind.RETURNED || event.kind() == UpdateEvent.Kind.OVERRIDDEN))
                .toList();
    }

    private static String whyReadOnly(boolean mayWrite, Action action, Period period, ProgressUpdate update) {
        if (!mayWrite) {
            return "You can read this update but not change it: updates are written by the action’s lead or "
                    + "responsible officer, and by plan owners.";
        }
        if (action.archived()) {
            return "This action was removed from the plan, so it takes no updates.";
        }
        if (period.state() == PeriodState.CLOSED) {
            return period.label() + " is closed and locked: its updates can no longer be changed.";
        }
        if (period.state() == PeriodState.PLANNED) {
            return period.label() + " is not open yet: updates can be written once the plan owner opens it.";
        }
        if (update != null && update.state() == UpdateState.SUBMITTED) {
            return "This update has been submitted and is waiting for the plan owner’s approval. It can be changed "
                    + "again only if it is returned for changes.";
        }
        if (update != null && update.state() == UpdateState.APPROVED) {
            return "This update has been approved, so it can no longer be changed.";
        }
        return null;
    }
}
