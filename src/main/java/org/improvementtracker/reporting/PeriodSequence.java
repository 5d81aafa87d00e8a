package org.improvementtracker.reporting;

import java.util.List;

/** Periods of a plan in order (oldest first), and the ones before a given period. */
final class PeriodSequence {

    private PeriodSequence() {
    }

    /** The period immediately before, or null for the first. */
    static Period before(List<Period> inOrder, Period period) {
        List<Period> earlier = upTo(inOrder, period, 2);
        return earlier.size() < 2 ? null : earlier.get(0);
    }

    /** Up to {@code count} periods ending with the given one, oldest first. */
    static List<Period> upTo(List<Period> inOrder, Period period, int count) {
        int index = indexOf(inOrder, period);
        return inOrder.subList(Math.max(0, index - count + 1), index + 1);
    }

    private static int indexOf(List<Period> inOrder, Period period) {
        for (int i = 0; i < inOrder.size(); i++) {
            if (inOrder.get(i).id() == period.id()) {
                return i;
            }
        }
        throw new IllegalArgumentException("Period " + period.id() + " is not among the plan's periods");
    }
}
