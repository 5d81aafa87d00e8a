package org.improvementtracker.reporting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.improvementtracker.plans.RatingScale;

/** Derives an action's states as a pure function of its dates and ratings on a given day. */
public final class ActionStates {

    /** "Same rating below on track for three or more periods." */
    static final int STALLED_AFTER_PERIODS = 3;

    private ActionStates() {
    }

    /**
     * @param ratings the action's counted rating in each period up to and including the one reported
     *                on, oldest first; null where it was not rated
     * @param initial the action's initial (baseline) rating, or null
     * @param reported the period reported on, or null when the plan has none
     * @param updateSubmitted whether the action's update for that period has been submitted
     */
    public static Set<ActionState> of(RatingScale scale, LocalDate dueDate, List<Integer> ratings, Integer initial,
            Period reported, boolean updateSubmitted, LocalDate today) {
        Set<ActionState> states = EnumSet.noneOf(ActionState.class);
        boolean completed = scale.isComplete(latest(ratings, initial));
        if (completed) {
            states.add(ActionState.COMPLETED);
        }
        if (!completed && dueDate != null && dueDate.isBefore(today)) {
            states.add(ActionState.OVERDUE);
        }
        if (reported != null && reported.state().acceptsUpdates() && reported.deadlinePassed(today)
                && !updateSubmitted) {
            states.add(ActionState.NO_UPDATE);
        }
        if (stalled(settled(ratings, reported))) {
            states.add(ActionState.STALLED);
        }
        return states;
    }

    static Integer latest(List<Integer> ratings, Integer initial) {
        for (int i = ratings.size() - 1; i >= 0; i--) {
            if (ratings.get(i) != null) {
                return ratings.get(i);
            }
        }
        return initial;
    }

    /** A period still taking updates and not yet rated has not broken a run of equal ratings. */
    private static List<Integer> settled(List<Integer> ratings, Period reported) {
        boolean unfinished = reported != null && reported.state().acceptsUpdates() && !ratings.isEmpty()
                && ratings.get(ratings.size() - 1) == null;
        return unfinished ? ratings.subList(0, ratings.size() - 1) : ratings;
    }

    static boolean stalled(List<Integer> ratings) {
        if (ratings.size() < STALLED_AFTER_PERIODS) {
            return false;
        }
        List<Integer> recent = ratings.subList(ratings.size() - STALLED_AFTER_PERIODS, ratings.size());
        Integer first = recent.get(0);
        return first != null && first < RatingScale.ON_TRACK && recent.stream().allMatch(r -> Objects.equals(r, first));
    }
}
