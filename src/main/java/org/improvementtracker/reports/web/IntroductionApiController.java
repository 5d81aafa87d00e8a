package org.improvementtracker.reports.web;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reports.ReportIntroduction;
import org.improvementtracker.reports.ReportIntroductions;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee summary's introduction for a period (the latest closed one unless named): everyone who
 * reads the plan reads it; its editors replace it, sending the version they read (0 for none yet).
 */
@RestController
class IntroductionApiController {

    private static final String PATH = "/api/plans/{planId}/summary/introduction";

    private final PlanReader plans;
    private final ReportPeriods periods;
    private final ReportIntroductions introductions;

    IntroductionApiController(PlanReader plans, ReportPeriods periods, ReportIntroductions introductions) {
        this.plans = plans;
        this.periods = periods;
        this.introductions = introductions;
    }

    /** {"text": "...", "version": 3}: the whole text replaces the stored one; "" leaves none. */
    record IntroductionRequest(String text, Integer version) {
    }

    @GetMapping(PATH)
    ReportIntroduction introduction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period) {
        plans.plan(user.organisationId(), planId);
        return introductions.introduction(user.organisationId(), planId,
                periods.forApi(user.organisationId(), planId, period));
    }

    @PlanEditorsOnly
    @PutMapping(PATH)
    ReportIntroduction write(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String period, @RequestBody IntroductionRequest request) {
        plans.plan(user.organisationId(), planId);
        long periodId = periods.forApi(user.organisationId(), planId, period);
        if (request.text() == null) {
            throw new InvalidInputException("text", "Give the introduction's text; an empty text leaves none");
        }
        if (request.version() == null) {
            throw new InvalidInputException("version",
                    "Give the version you read: GET " + PATH.replace("{planId}", String.valueOf(planId))
                            + " says it, and it is 0 while there is no introduction");
        }
        return introductions.write(user, planId, periodId, request.version(), request.text());
    }
}
