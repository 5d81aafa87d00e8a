package org.improvementtracker.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A reporting period of a plan ("May 2026", "Q4 2025/26"); periods of a plan follow each other by start. */
public record Period(long id, long planId, String label, LocalDate startsOn, LocalDate endsOn, LocalDate deadline,
        PeriodState state, int version) {

    /** Negative once the deadline has passed; 0 on the day itself. */
    public long daysToDeadline(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public boolean deadlinePassed(LocalDate today) {
        return today.isAfter(deadline);
    }
}
