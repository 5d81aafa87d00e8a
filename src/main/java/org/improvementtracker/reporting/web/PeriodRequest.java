package org.improvementtracker.reporting.web;

import java.time.LocalDate;

import org.improvementtracker.reporting.PeriodDetails;

/** POST /api/plans/{planId}/periods. The service names any missing or clashing field. */
record PeriodRequest(String label, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {

    PeriodDetails toDetails() {
        return new PeriodDetails(label, startsOn, endsOn, deadline);
    }
}
