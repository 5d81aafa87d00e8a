package org.improvementtracker.reporting;

import java.time.LocalDate;
import java.util.List;

/** A period that was reported on before the plan came into the application, with its updates, to record closed. */
public record PastPeriod(String label, LocalDate startsOn, LocalDate endsOn, List<PastUpdate> updates) {

    /** The longest label a reporting period is stored with. */
    public static final int MAX_LABEL = 50;

    public PastPeriod {
        updates = List.copyOf(updates);
    }

    /** An action's rating (null: not rated), update text and evidence of impact in that period. */
    public record PastUpdate(long actionId, Integer rating, String text, String evidence) {
    }
}
