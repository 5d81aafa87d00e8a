package org.improvementtracker.reports.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.BoardPackReader;
import org.improvementtracker.reports.ReportFormat;
import org.improvementtracker.reports.ReportWriters;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The board pack page: a form to choose the period and options, and the pack, ready to print. */
@Controller
class BoardPackController {

    private final PlanReader plans;
    private final PeriodService periods;
    private final BoardPackReader packs;
    private final ReportDownloads downloads;
    private final ReportWriters writers;

    BoardPackController(PlanReader plans, PeriodService periods, BoardPackReader packs, ReportDownloads downloads,
            ReportWriters writers) {
        this.plans = plans;
        this.periods = periods;
        this.packs = packs;
        this.downloads = downloads;
        this.writers = writers;
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
        model.addAttribute("periods", ReportPeriods.choosable(all));
        model.addAttribute("sections", plans.sections(organisationId, planId));
        model.addAttribute("mostPastPeriods", BoardPackOptions.MOST_PAST_PERIODS);
        // The page itself is the HTML: the links offer every other format a writer exists for.
        model.addAttribute("formats", writers.formats().stream().filter(format -> format != ReportFormat.HTML).toList());
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
        Optional<Period> chosen = ReportPeriods.forPage(all, periodId);
        chosen.ifPresent(period -> {
            model.addAttribute("chosen", period);
            model.addAttribute("pageTitle", "Board pack: " + period.label() + " – " + plan.title());
            model.addAttribute("pack", packs.read(organisationId, user.organisationName(), planId, period.id(), options));
        });
        return "reports/board-pack";
    }

    /**
     * The pack the page shows, as a file: the page's period and options, and {@code format}. A problem
     * with them sends the user back to the page, which names it.
     */
    @GetMapping("/plans/{planId}/board-pack/download")
    String download(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String format, BoardPackParameters parameters,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        long organisationId = user.organisationId();
        plans.plan(organisationId, planId);
        try {
            ReportFormat chosenFormat = ReportFormat.parse(format);
            BoardPackOptions options = parameters.options();
            Long periodId = parameters.periodId();
            Optional<Period> period = periodId == null
                    ? BoardPackReader.latestClosed(periods.periods(organisationId, planId))
                    : Optional.of(periods.period(organisationId, planId, periodId));
            if (period.isEmpty()) {
                return "redirect:/plans/" + planId + "/board-pack";
            }
            downloads.send(packs.read(organisationId, user.organisationName(), planId, period.get().id(), options),
                    chosenFormat, response);
            return null;
        } catch (InvalidInputException invalid) {
            String query = request.getQueryString();
            return "redirect:/plans/" + planId + "/board-pack" + (query == null ? "" : "?" + query);
        }
    }
}
