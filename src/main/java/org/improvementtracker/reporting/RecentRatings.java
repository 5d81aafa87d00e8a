package org.improvementtracker.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each action's counted rating in the last few periods up to a chosen one: the rating columns of the
 * board pack's action tables.
 *
 * @param periods the periods shown, oldest first, ending with the chosen one
 * @param byAction for each action rated in any of them, its rating per period in the same order
 */
public record RecentRatings(List<Period> periods, Map<Long, Map<Long, Integer>> byAction) {

    /** The action's rating in each period shown, oldest first; null where it was not rated. */
    public List<Integer> of(long actionId) {
        Map<Long, Integer> ratings = byAction.getOrDefault(actionId, Map.of());
        List<Integer> inOrder = new ArrayList<>(periods.size());
        periods.forEach(period -> inOrder.add(ratings.get(period.id())));
        return inOrder;
    }
}
