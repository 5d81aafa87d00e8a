package org.improvementtracker.plans;

import java.time.LocalDate;

/** What a plan owner sets about a plan as a whole. */
public record PlanDetails(String title, String versionLabel, PlanStatus status, LocalDate startsOn,
        LocalDate endsOn, String vision, String governance, RatingScale ratingScale, String sectionLabel,
        String outcomeLabel) {
}
