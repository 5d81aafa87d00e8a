package org.improvementtracker.reports.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.BoardPackReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

/** The board pack page: a form to choose the period and options, and the pack, ready to print. */
@Controller
class BoardPackController {

    private final PlanReader plans;
    private final PeriodService periods;
    private final BoardPackReader packs;

    BoardPackController(PlanReader plans, PeriodService periods, BoardPackReader packs) {
        this.plans = plans;
        this.periods = periods;
        this.packs = packs;
    }

    /** Without a period, the latest closed one: what the board meets about. */
    @GetMapping("/plans/{planId}/board-pack")
    String boardPack(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            BoardPackParameters parameters, Model model, HttpServletResponse response) {
        long organisationId = user.organisationId();
        Plan plan = plans.plan(organisationId, planId);
        List<Period> all = periods.periods(organisationId, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("pageTitle", "Board pack – " + plan.title());
        model.addAttribute("wideLayout", true);
        model.addAttribute("periods", all.stream().filter(p -> p.state() != PeriodState.PLANNED)
                .sorted(Comparator.comparing(Period::startsOn).reversed()).toList());
        model.addAttribute("sections", plans.sections(organisationId, planId));
        model.addAttribute("mostPastPeriods", BoardPackOptions.MOST_PAST_PERIODS);
        model.addAttribute("pastPeriodsText", parameters.pastPeriods() == null
                ? String.valueOf(BoardPackOptions.DEFAULT_PAST_PERIODS) : parameters.pastPeriods());
        BoardPackOptions options;
        Long periodId;
        try {
            options = parameters.options();
            periodId = parameters.periodId();
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("pastPeriodsProblem", invalid.problems().stream()
                    .filter(problem -> problem.field().equals("pastPeriods")).map(FieldProblem::message)
                    .findFirst().orElse(null));
            model.addAttribute("options", BoardPackOptions.defaults());
            return "reports/board-pack";
        }
        model.addAttribute("problems", List.of());
        model.addAttribute("options", options);
        Optional<Period> chosen = periodId == null
                ? BoardPackReader.latestClosed(all)
                : Optional.of(all.stream().filter(p -> p.id() == periodId).findFirst()
                        .orElseThrow(() -> new NotFoundException("Reporting period", periodId)));
        chosen.ifPresent(period -> {
            model.addAttribute("chosen", period);
            model.addAttribute("pageTitle", "Board pack: " + period.label() + " – " + plan.title());
            model.addAttribute("pack", packs.read(organisationId, user.organisationName(), planId, period.id(), options));
        });
        return "reports/board-pack";
    }
}
