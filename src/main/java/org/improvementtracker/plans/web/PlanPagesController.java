package org.improvementtracker.plans.web;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Reading plans: the list, a plan's overview and a section. */
@Controller
class PlanPagesController {

    private final PlanReader reader;

    PlanPagesController(PlanReader reader) {
        this.reader = reader;
    }

    @GetMapping("/plans")
    String plans(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("plans", reader.plans(user.organisationId()));
        return "plans/list";
    }

    @GetMapping("/plans/{planId}")
    String overview(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        model.addAttribute("overview", reader.overview(user.organisationId(), planId));
        return "plans/overview";
    }

    @GetMapping("/plans/{planId}/sections/{sectionId}")
    String section(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, Model model) {
        Plan plan = reader.plan(user.organisationId(), planId);
        model.addAttribute("plan", plan);
        model.addAttribute("node", reader.sectionTree(user.organisationId(), planId, sectionId));
        return "plans/section";
    }
}
