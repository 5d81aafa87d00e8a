package org.improvementtracker.reporting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.plans.RatingScale;

/**
 * Why an action is among the exceptions, in words the board reads (the dashboard and the board pack
 * say the same): rated red, declined, overdue, no update, stalled.
 */
public final class ExceptionReasons {

    /** Every scale rates red as 1; {@link ActionProgress#exceptional()} lists such actions. */
    private static final int RED = 1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ExceptionReasons() {
    }

    public static List<String> of(ActionProgress progress, RatingScale scale) {
        List<String> reasons = new ArrayList<>();
        if (Integer.valueOf(RED).equals(progress.current())) {
            reasons.add("Rated red");
        }
        if (progress.movement() == Movement.DECLINED) {
            reasons.add("Declined from " + text(scale, progress.previous()) + " to " + text(scale, progress.current()));
        }
        if (progress.is(ActionState.OVERDUE)) {
            reasons.add("Overdue: due " + DAY.format(progress.action().dueDate()));
        }
        if (progress.is(ActionState.NO_UPDATE)) {
            reasons.add("No update submitted by the deadline");
        }
        if (progress.is(ActionState.STALLED)) {
            reasons.add("Stalled: the same rating below on track for three periods or more");
        }
        return reasons;
    }

    private static String text(RatingScale scale, Integer rating) {
        return scale.level(rating).map(RatingLevel::text).orElse(String.valueOf(rating));
    }
}
