package org.improvementtracker.reporting;

import java.util.List;
import java.util.Set;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;

/** An action across the whole plan: its rating in every period and every step of every update. */
public record ActionHistory(Plan plan, Action action, Integer initial, List<PeriodRating> ratings,
        List<UpdateEvent> events, Set<ActionState> states) {

    /** The action's update in one period, and the rating it counts for there (null when none). */
    public record PeriodRating(Period period, ProgressUpdate update, Integer rating) {
    }
}
