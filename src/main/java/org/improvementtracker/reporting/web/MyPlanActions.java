package org.improvementtracker.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.reporting.MyAction;
import org.improvementtracker.reporting.Period;

/**
 * One plan's share of "my actions": the period it is taking updates for (null when none is open), its
 * deadline, and each action with where its update stands.
 */
record MyPlanActions(long planId, String planTitle, Period period, Deadline deadline, List<Row> actions) {

    record Row(MyAction mine, UpdateStatus status) {
    }

    /** Keeps the order the actions came in; each plan appears once. */
    static List<MyPlanActions> group(List<MyAction> mine, LocalDate today) {
        Map<Long, List<MyAction>> byPlan = new LinkedHashMap<>();
        mine.forEach(action -> byPlan.computeIfAbsent(action.action().planId(), id -> new ArrayList<>()).add(action));
        return byPlan.values().stream().map(actions -> {
            MyAction first = actions.get(0);
            Period period = first.period();
            return new MyPlanActions(first.action().planId(), first.planTitle(), period,
                    period == null ? null : Deadline.of(period, today),
                    actions.stream().map(action -> new Row(action, UpdateStatus.of(action.update()))).toList());
        }).toList();
    }
}
