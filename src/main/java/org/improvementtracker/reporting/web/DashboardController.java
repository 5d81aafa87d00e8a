package org.improvementtracker.reporting.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reporting.ScoreReader;
import org.improvementtracker.support.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The plan dashboard: what the board reads about one period. */
@Controller
class DashboardController {

    private final PlanReader plans;
    private final PeriodService periods;
    private final ScoreReader scores;
    private final ProgressReader progress;

    DashboardController(PlanReader plans, PeriodService periods, ScoreReader scores, ProgressReader progress) {
        this.plans = plans;
        this.periods = periods;
        this.scores = scores;
        this.progress = progress;
    }

    /** @param period the period to show; by default the one taking updates, else the latest closed */
    @GetMapping("/plans/{planId}/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long period, Model model) {
        long organisationId = user.organisationId();
        List<Period> all = periods.periods(organisationId, planId);
        Optional<Period> shown = period == null ? Period.reportedOn(all)
                : Optional.of(all.stream().filter(p -> p.id() == period).findFirst()
                        .orElseThrow(() -> new NotFoundException("Reporting period", period)));
        model.addAttribute("periods", newestFirst(all));
        if (shown.isEmpty()) {
            Plan plan = plans.plan(organisationId, planId);
            model.addAttribute("plan", plan);
            model.addAttribute("pageTitle", "Dashboard – " + plan.title());
            return "reporting/dashboard";
        }
        long periodId = shown.get().id();
        Dashboard dashboard = Dashboard.of(scores.scores(organisationId, planId, periodId),
                progress.period(organisationId, planId, periodId));
        Plan plan = dashboard.scores().plan();
        model.addAttribute("plan", plan);
        model.addAttribute("pageTitle", "Dashboard: " + shown.get().label() + " – " + plan.title());
        model.addAttribute("dashboard", dashboard);
        return "reporting/dashboard";
    }

    /** The chooser lists the latest period first: the one people look for. */
    private static List<Period> newestFirst(List<Period> inOrder) {
        return inOrder.stream().sorted(Comparator.comparing(Period::startsOn).reversed()).toList();
    }

}
