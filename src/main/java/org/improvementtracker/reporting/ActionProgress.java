package org.improvementtracker.reporting;

import java.util.Set;

import org.improvementtracker.plans.Action;

/**
 * Where one action stands in a period: its initial, previous and current rating, its update (null
 * when none was started), and its derived states.
 *
 * @param removed rated complete and removable: it leaves the main tables but stays in counts and history
 */
public record ActionProgress(Action action, Integer initial, Integer previous, Integer current,
        ProgressUpdate update, Set<ActionState> states, Movement movement, boolean removed) {

    public boolean submitted() {
        return update != null && update.state().counts();
    }

    /** Still asked for an update: not complete and removable, or reported anyway. */
    public boolean expected() {
        return !removed || submitted();
    }

    public UpdateState updateState() {
        return update == null ? null : update.state();
    }

    public boolean is(ActionState state) {
        return states.contains(state);
    }

    /** Exceptions the board reads about: red or declined, overdue, no update, stalled. */
    public boolean exceptional() {
        return !removed && (Integer.valueOf(1).equals(current) || movement == Movement.DECLINED
                || is(ActionState.OVERDUE) || is(ActionState.NO_UPDATE) || is(ActionState.STALLED));
    }
}
