package org.improvementtracker.reporting.web;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateState;

/** A submitted update as its moderator sees it, and why it cannot be moderated now (null when it can). */
record ModerationPage(Plan plan, Period period, Action action, ProgressUpdate update, UpdateStatus status,
        String readOnly) {

    static ModerationPage of(Plan plan, Period period, Action action, ProgressUpdate update) {
        return new ModerationPage(plan, period, action, update, UpdateStatus.of(update),
                whyReadOnly(period, action, update));
    }

    public boolean writable() {
        return readOnly == null;
    }

    /** "2 Started, some delay", or the bare number for a rating the scale does not know. */
    String ratingText(Integer rating) {
        return plan.ratingScale().level(rating).map(level -> level.text()).orElse(String.valueOf(rating));
    }

    private static String whyReadOnly(Period period, Action action, ProgressUpdate update) {
        if (period.state() == PeriodState.CLOSED) {
            return period.label() + " is closed and locked: its updates can no longer be moderated.";
        }
        if (period.state() == PeriodState.PLANNED) {
            return period.label() + " is not open yet.";
        }
        if (action.archived()) {
            return "This action was removed from the plan, so its update can no longer be moderated.";
        }
        if (update.state() == UpdateState.DRAFT) {
            return "The lead has not submitted this update yet: it is still a draft.";
        }
        if (update.state() == UpdateState.RETURNED) {
            return "This update was returned to the lead for changes. You can moderate it again once they resubmit it.";
        }
        if (update.state() == UpdateState.APPROVED) {
            return "This update has been approved.";
        }
        return null;
    }
}
