package org.improvementtracker.reporting;

import java.util.Map;
import java.util.Set;

/** A reporting period's life: planned, open for updates, in review (moderation), closed and locked. */
public enum PeriodState {
    PLANNED("Planned"),
    OPEN("Open"),
    IN_REVIEW("In review"),
    CLOSED("Closed");

    /** Reopening (closed to open) is allowed too, but only with a reason: see {@link PeriodService#reopen}. */
    private static final Map<PeriodState, Set<PeriodState>> NEXT = Map.of(
            PLANNED, Set.of(OPEN),
            OPEN, Set.of(IN_REVIEW, CLOSED),
            IN_REVIEW, Set.of(CLOSED),
            CLOSED, Set.of());

    private final String label;

    PeriodState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(PeriodState next) {
        return NEXT.get(this).contains(next);
    }

    /** Leads write and resubmit updates, and owners moderate them, only while the period is live. */
    public boolean acceptsUpdates() {
        return this == OPEN || this == IN_REVIEW;
    }
}
