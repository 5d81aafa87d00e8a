package org.improvementtracker.reporting.web;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.ScoreReader;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leads' updates and the period's scores through the API. */
@RestController
class ReportingApiController {

    private final PlanReader plans;
    private final UpdateService updates;
    private final ScoreReader scores;

    ReportingApiController(PlanReader plans, UpdateService updates, ScoreReader scores) {
        this.plans = plans;
        this.updates = updates;
        this.scores = scores;
    }

    /** Saves the update as a draft, or submits it with {"submit": true}; contributors only for their own actions. */
    @OpenToPartners
    @PutMapping("/api/plans/{planId}/actions/{actionId}/updates/{periodId}")
    public UpdateJson save(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @PathVariable long periodId, @RequestBody UpdateRequest request) {
        return UpdateJson.of(updates.save(user, planId, actionId, periodId, request.version(), request.toDraft()));
    }

    @GetMapping("/api/plans/{planId}/scores")
    public ScoresJson scores(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period) {
        return ScoresJson.of(scores.scores(user.organisationId(), planId, periodId(user, planId, period)));
    }

    /** Another organisation's plan answers 404 whatever the parameter, so the plan is checked before it. */
    private long periodId(SignedInUser user, long planId, String period) {
        if (period == null || period.isBlank()) {
            plans.plan(user.organisationId(), planId);
            throw new InvalidInputException("period",
                    "Give the period to score as ?period={id}; GET /api/plans/" + planId + "/periods lists them");
        }
        try {
            return Long.parseLong(period.strip());
        } catch (NumberFormatException notAnId) {
            plans.plan(user.organisationId(), planId);
            throw new InvalidInputException("period", "The period must be a period's id, a whole number");
        }
    }
}
