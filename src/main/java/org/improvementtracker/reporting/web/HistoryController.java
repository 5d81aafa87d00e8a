package org.improvementtracker.reporting.web;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.ActionHistory;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.ProgressReader;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An action's ratings across every period and every step of its updates, archived actions included. */
@Controller
@OpenToPartners
class HistoryController {

    private final Clock clock;
    private final PlanReader plans;
    private final ProgressReader progress;

    HistoryController(Clock clock, PlanReader plans, ProgressReader progress) {
        this.clock = clock;
        this.plans = plans;
        this.progress = progress;
    }

    @GetMapping("/plans/{planId}/actions/{actionId}/history")
    String history(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, Model model) {
        long organisationId = user.organisationId();
        ActionHistory history = progress.history(organisationId, planId, actionId);
        Map<Long, Period> periodsById = history.ratings().stream().map(ActionHistory.PeriodRating::period)
                .collect(Collectors.toMap(Period::id, Function.identity()));
        model.addAttribute("history", history);
        model.addAttribute("plan", history.plan());
        model.addAttribute("action", history.action());
        model.addAttribute("section", plans.sectionOf(organisationId, history.action()));
        model.addAttribute("periodsById", periodsById);
        model.addAttribute("zone", clock.getZone());
        return "reporting/history";
    }
}
