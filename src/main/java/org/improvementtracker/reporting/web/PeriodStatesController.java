package org.improvementtracker.reporting.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan owner moving a period along: open, in review, closed, and (with a reason) open again. */
@Controller
@PlanEditorsOnly
class PeriodStatesController {

    private static final String REOPEN = "reporting/reopen";

    private final PlanReader reader;
    private final PeriodService periods;
    private final PeriodsPage list;

    PeriodStatesController(PlanReader reader, PeriodService periods, PeriodsPage list) {
        this.reader = reader;
        this.periods = periods;
        this.list = list;
    }

    /** One of the service's state changes; a refused one is shown on the list with its reason. */
    @FunctionalInterface
    private interface Move {
        void to(SignedInUser user, long planId, long periodId, int version);
    }

    @PostMapping("/plans/{planId}/periods/{periodId}/open")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        return move(user, planId, periodId, version, periods::open, " is open: action leads can write their updates.",
                model, redirect);
    }

    @PostMapping("/plans/{planId}/periods/{periodId}/review")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        return move(user, planId, periodId, version, periods::review,
                " is in review: moderate the updates, then close it.", model, redirect);
    }

    @PostMapping("/plans/{planId}/periods/{periodId}/close")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        // The periods page then offers to publish the board pack; flash attributes only travel with the redirect.
        redirect.addFlashAttribute("publishPeriodId", periodId);
        redirect.addFlashAttribute("publishPeriodLabel", periods.period(user.organisationId(), planId, periodId).label());
        return move(user, planId, periodId, version, periods::close, " is closed: its updates are locked.", model,
                redirect);
    }

    @GetMapping("/plans/{planId}/periods/{periodId}/reopen")
    String confirmReopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, Model model) {
        Period period = reopening(user, planId, periodId, model);
        model.addAttribute("form", ReopenForm.of(period.version()));
        return REOPEN;
    }

    @PostMapping("/plans/{planId}/periods/{periodId}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @Valid @ModelAttribute("form") ReopenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Period period = reopening(user, planId, periodId, model);
        if (result.hasErrors()) {
            return REOPEN;
        }
        try {
            periods.reopen(user, planId, periodId, form.getVersion(), form.getReason());
            redirect.addFlashAttribute("banner", period.label() + " is open again. Your reason is on record.");
            return "redirect:/plans/" + planId + "/periods";
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return REOPEN;
        }
    }

    private Period reopening(SignedInUser user, long planId, long periodId, Model model) {
        Period period = periods.period(user.organisationId(), planId, periodId);
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        model.addAttribute("period", period);
        return period;
    }

    private String move(SignedInUser user, long planId, long periodId, int version, Move move, String done,
            Model model, RedirectAttributes redirect) {
        Period period = periods.period(user.organisationId(), planId, periodId);
        try {
            move.to(user, planId, periodId, version);
        } catch (InvalidInputException refused) {
            return list.show(user.organisationId(), planId, refused.problems(), model);
        }
        redirect.addFlashAttribute("banner", period.label() + done);
        return "redirect:/plans/" + planId + "/periods";
    }
}
