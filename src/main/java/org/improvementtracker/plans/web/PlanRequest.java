package org.improvementtracker.plans.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;

/** POST /api/plans. Status, scale and labels default as the new-plan form does. */
record PlanRequest(
        @NotBlank(message = "Enter the plan's title") @Size(max = 300, message = "must be 300 characters or fewer") String title,
        @Size(max = 50, message = "must be 50 characters or fewer") String versionLabel,
        PlanStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 20000, message = "must be 20,000 characters or fewer") String vision,
        @Size(max = 20000, message = "must be 20,000 characters or fewer") String governance,
        RatingScale ratingScale,
        @Size(max = 50, message = "must be 50 characters or fewer") String sectionLabel,
        @Size(max = 100, message = "must be 100 characters or fewer") String outcomeLabel) {

    PlanDetails toDetails() {
        return new PlanDetails(title.strip(), versionLabel, status == null ? PlanStatus.DRAFT : status, startsOn,
                endsOn, vision, governance, ratingScale == null ? RatingScale.PROGRESS_5 : ratingScale,
                blank(sectionLabel) ? "Priority" : sectionLabel.strip(),
                blank(outcomeLabel) ? "Outcome" : outcomeLabel.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
