package org.improvementtracker.reporting.web;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** What each rating of the plan's scale means, as the board pack's key shows it. */
@Controller
class RatingKeyController {

    private final PlanReader plans;

    RatingKeyController(PlanReader plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{planId}/rating-key")
    String ratingKey(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.plan(user.organisationId(), planId));
        return "reporting/rating-key";
    }
}
