package org.improvementtracker.reports.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.publishing.PublishedPack;
import org.improvementtracker.reports.publishing.PublishedPacks;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The plan's published board packs: the list with a download per format, and the plan editors' form
 * that publishes a closed period's pack (where closing a period offers to go).
 */
@Controller
class PublishedPacksController {

    private static final String FORM = "reports/publish";

    private final Clock clock;
    private final PlanReader plans;
    private final PeriodService periods;
    private final PublishedPacks published;

    PublishedPacksController(Clock clock, PlanReader plans, PeriodService periods, PublishedPacks published) {
        this.clock = clock;
        this.plans = plans;
        this.periods = periods;
        this.published = published;
    }

    @GetMapping("/plans/{planId}/published")
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        Plan plan = plans.plan(user.organisationId(), planId);
        model.addAttribute("plan", plan);
        model.addAttribute("packs", published.packs(user.organisationId(), planId));
        model.addAttribute("zone", clock.getZone());
        return "reports/published";
    }

    /** Offered once a period closes: {@code period} is the one just closed; without it, the latest closed. */
    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/published/new")
    String publishForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            BoardPackParameters parameters, Model model) {
        Long periodId;
        try {
            periodId = parameters.periodId();
        } catch (InvalidInputException notAnId) {
            // The offer's link names the period; any other text falls back to the latest closed one.
            periodId = null;
        }
        return form(user, planId, periodId, BoardPackOptions.defaults(), parameters, List.of(), model);
    }

    @PlanEditorsOnly
    @PostMapping("/plans/{planId}/published")
    String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            BoardPackParameters parameters, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        plans.plan(user.organisationId(), planId);
        Long periodId = null;
        BoardPackOptions options = BoardPackOptions.defaults();
        try {
            periodId = parameters.periodId();
            options = parameters.options();
            if (periodId == null) {
                throw new InvalidInputException("period", "Choose the period whose board pack to publish");
            }
            PublishedPack pack = published.publish(user, planId, periodId, options);
            redirect.addFlashAttribute("banner", "The board pack for " + pack.periodLabel() + " is published (version "
                    + pack.version() + "): its files below will not change.");
            return "redirect:/plans/" + planId + "/published";
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(user, planId, periodId, options, parameters, invalid.problems(), model);
        }
    }

    @GetMapping("/plans/{planId}/published/{packId}/{format}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long packId, @PathVariable String format) {
        return PublishedFileResponse.of(published.file(user.organisationId(), planId, packId, format));
    }

    private String form(SignedInUser user, long planId, Long periodId, BoardPackOptions options,
            BoardPackParameters parameters, List<FieldProblem> problems, Model model) {
        long organisationId = user.organisationId();
        Plan plan = plans.plan(organisationId, planId);
        List<Period> closed = periods.periods(organisationId, planId).stream()
                .filter(period -> period.state() == PeriodState.CLOSED)
                .sorted(Comparator.comparing(Period::startsOn).reversed()).toList();
        Optional<Period> chosen = closed.stream().filter(period -> periodId != null && period.id() == periodId)
                .findFirst().or(() -> closed.stream().findFirst());
        model.addAttribute("plan", plan);
        model.addAttribute("closed", closed);
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("sections", plans.sections(organisationId, planId));
        model.addAttribute("options", options);
        model.addAttribute("mostPastPeriods", BoardPackOptions.MOST_PAST_PERIODS);
        model.addAttribute("pastPeriodsText", parameters.pastPeriods() == null
                ? String.valueOf(BoardPackOptions.DEFAULT_PAST_PERIODS) : parameters.pastPeriods());
        model.addAttribute("problems", problems);
        model.addAttribute("pastPeriodsProblem", problems.stream()
                .filter(problem -> problem.field().equals("pastPeriods")).map(FieldProblem::message)
                .findFirst().orElse(null));
        return FORM;
    }
}
