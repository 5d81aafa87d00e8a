package org.improvementtracker.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.people.People;
import org.improvementtracker.reporting.ProgressReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The actions of the people linked to the signed-in account, or those named for a partner, and what is
 * due for each.
 */
@Controller
@OpenToPartners
class MyActionsController {

    private final Clock clock;
    private final People people;
    private final ProgressReader progress;
    private final PartnerAccess partners;

    MyActionsController(Clock clock, People people, ProgressReader progress, PartnerAccess partners) {
        this.clock = clock;
        this.people = people;
        this.progress = progress;
        this.partners = partners;
    }

    @GetMapping("/my-actions")
    String myActions(@AuthenticationPrincipal SignedInUser user, Model model) {
        boolean partner = partners.namedActions(user).isPresent();
        boolean linked = partner || !people.linkedTo(user.organisationId(), user.accountId()).isEmpty();
        model.addAttribute("partner", partner);
        model.addAttribute("linked", linked);
        model.addAttribute("plans", linked ? MyPlanActions.group(progress.mine(user), LocalDate.now(clock))
                : List.of());
        return "reporting/my-actions";
    }
}
