package org.improvementtracker.reporting.web;

import java.time.LocalDate;

import org.improvementtracker.reporting.Period;

/** A reporting period as the API shows it; send its version back to move it on. */
record PeriodJson(long id, String label, LocalDate startsOn, LocalDate endsOn, LocalDate deadline, String state,
        int version) {

    static PeriodJson of(Period period) {
        return period == null ? null : new PeriodJson(period.id(), period.label(), period.startsOn(),
                period.endsOn(), period.deadline(), period.state().name(), period.version());
    }
}
