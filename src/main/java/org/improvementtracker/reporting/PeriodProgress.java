package org.improvementtracker.reporting;

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.plans.Plan;

/** Every live action of a plan in one period: the response tracker and the dashboard's action tables. */
public record PeriodProgress(Plan plan, Period period, Period previousPeriod, List<ActionProgress> actions,
        LocalDate today) {

    public long submitted() {
        return actions.stream().filter(ActionProgress::submitted).count();
    }

    public long awaiting() {
        return actions.size() - submitted();
    }

    public long returnedForChanges() {
        return actions.stream().filter(a -> a.updateState() == UpdateState.RETURNED).count();
    }

    /** The share of actions with a submitted update: the "return rate" the owner chases. */
    public long percentSubmitted() {
        return actions.isEmpty() ? 0 : Math.round(100.0 * submitted() / actions.size());
    }

    public long daysToDeadline() {
        return period.daysToDeadline(today);
    }

    public List<ActionProgress> mainTable() {
        return actions.stream().filter(a -> !a.removed()).toList();
    }

    public List<ActionProgress> removed() {
        return actions.stream().filter(ActionProgress::removed).toList();
    }

    public List<ActionProgress> exceptions() {
        return actions.stream().filter(ActionProgress::exceptional).toList();
    }
}
