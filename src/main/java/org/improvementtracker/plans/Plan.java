package org.improvementtracker.plans;

import java.time.LocalDate;

public record Plan(long id, String title, String versionLabel, PlanStatus status, LocalDate startsOn,
        LocalDate endsOn, String vision, String governance, RatingScale ratingScale, String sectionLabel,
        String outcomeLabel, int version) {

    /**
     * Once a plan has gone to the board its contents are on record: removing a part of it archives
     * the part instead of destroying it. A draft has no such history.
     */
    public boolean keepsHistory() {
        return status != PlanStatus.DRAFT;
    }
}
