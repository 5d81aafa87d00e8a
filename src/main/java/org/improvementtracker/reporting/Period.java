package org.improvementtracker.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /**
     * The period a plan is being reported on: the one taking updates, else the latest closed one; empty
     * before any period has opened. The dashboard and the timeline show this one unless told otherwise.
     */
    public static Optional<Period> reportedOn(List<Period> inOrder) {
        return inOrder.stream().filter(p -> p.state().acceptsUpdates()).findFirst()
                .or(() -> inOrder.stream().filter(p -> p.state() == PeriodState.CLOSED)
                        .max(Comparator.comparing(Period::startsOn)));
    }
}
