package org.improvementtracker.reporting;

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.plans.Plan;

/** Every live action of a plan in one period: the response tracker and the dashboard's action tables. */
public record PeriodProgress(Plan plan, Period period, Period previousPeriod, List<ActionProgress> actions,
        LocalDate today) {

    /**
     * The actions expected to report: every one but those complete and removable, which are no longer
     * chased (unless their lead reported anyway).
     */
    public long expected() {
        return actions.stream().filter(ActionProgress::expected).count();
    }

    public long submitted() {
        return actions.stream().filter(ActionProgress::submitted).count();
    }

    public long awaiting() {
        return expected() - submitted();
    }

    public long returnedForChanges() {
        return actions.stream().filter(a -> a.updateState() == UpdateState.RETURNED).count();
    }

    /** The share of expected actions with a submitted update: the "return rate" the owner chases. */
    public long percentSubmitted() {
        long expected = expected();
        return expected == 0 ? 0 : Math.round(100.0 * submitted() / expected);
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
