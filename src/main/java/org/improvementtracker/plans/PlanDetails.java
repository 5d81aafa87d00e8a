package org.improvementtracker.plans;

import java.time.LocalDate;

/** What a plan owner sets about a plan as a whole. */
public record PlanDetails(String title, String versionLabel, PlanStatus status, LocalDate startsOn,
        LocalDate endsOn, String vision, String governance, RatingScale ratingScale, String sectionLabel,
        String outcomeLabel) {

    /** The longest title a plan is stored with. */
    public static final int MAX_TITLE = 300;
}
