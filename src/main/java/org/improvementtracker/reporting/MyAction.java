package org.improvementtracker.reporting;

import org.improvementtracker.plans.Action;

/** One of "my actions": the action, the period now taking updates in its plan (or null), and my update. */
public record MyAction(Action action, String planTitle, Period period, ProgressUpdate update) {

    public UpdateState updateState() {
        return update == null ? null : update.state();
    }

    /** Still to do in the live period: nothing submitted yet, or returned for changes. */
    public boolean due() {
        return period != null && (update == null || update.state().editableByLead());
    }
}
