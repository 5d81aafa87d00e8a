package org.improvementtracker.reporting.web;

import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateState;

/**
 * Where an action's update for a period stands, in words for a tag: the update's own state, or "Not
 * started" when nobody has written one. The colour only repeats what the words say.
 */
enum UpdateStatus {
    NOT_STARTED(null, "grey"),
    DRAFT(UpdateState.DRAFT, "light-blue"),
    SUBMITTED(UpdateState.SUBMITTED, "blue"),
    RETURNED(UpdateState.RETURNED, "orange"),
    APPROVED(UpdateState.APPROVED, "green");

    private final UpdateState state;
    private final String colour;

    UpdateStatus(UpdateState state, String colour) {
        this.state = state;
        this.colour = colour;
    }

    static UpdateStatus of(ProgressUpdate update) {
        return update == null ? NOT_STARTED : valueOf(update.state().name());
    }

    public String label() {
        return state == null ? "Not started" : state.label();
    }

    public String colour() {
        return colour;
    }
}
