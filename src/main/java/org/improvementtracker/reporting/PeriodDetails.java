package org.improvementtracker.reporting;

import java.time.LocalDate;

/** What the plan owner types to create or change a period. */
public record PeriodDetails(String label, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {

    public PeriodDetails {
        label = label == null ? null : label.strip();
    }
}
