package org.improvementtracker.reporting.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.reporting.ActionProgress;
import org.improvementtracker.reporting.PeriodProgress;

/**
 * Who has replied in a period: the counts the owner chases, and every action's update, optionally
 * only those in one state.
 *
 * @param filter the state shown, or null for every action
 */
record ResponseTracker(PeriodProgress progress, Deadline deadline, UpdateStatus filter,
        Map<UpdateStatus, Long> counts, List<Row> rows) {

    record Row(ActionProgress progress, UpdateStatus status) {
    }

    static ResponseTracker of(PeriodProgress progress, UpdateStatus filter) {
        List<Row> all = progress.actions().stream()
                .map(action -> new Row(action, UpdateStatus.of(action.update())))
                .toList();
        Map<UpdateStatus, Long> counts = new EnumMap<>(UpdateStatus.class);
        for (UpdateStatus status : UpdateStatus.values()) {
            counts.put(status, all.stream().filter(row -> row.status() == status).count());
        }
        return new ResponseTracker(progress, Deadline.of(progress.period(), progress.today()), filter, counts,
                filter == null ? all : all.stream().filter(row -> row.status() == filter).toList());
    }
}
