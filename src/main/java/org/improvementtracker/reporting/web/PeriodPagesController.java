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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's reporting periods: everyone reads them; plan owners create and change them. */
@Controller
class PeriodPagesController {

    private static final String FORM = "reporting/period-form";

    private final PlanReader reader;
    private final PeriodService periods;
    private final PeriodsPage list;

    PeriodPagesController(PlanReader reader, PeriodService periods, PeriodsPage list) {
        this.reader = reader;
        this.periods = periods;
        this.list = list;
    }

    @GetMapping("/plans/{planId}/periods")
    String periods(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        return list.show(user.organisationId(), planId, model);
    }

    /** One period with who moved it between states, when, and why it was reopened. */
    @GetMapping("/plans/{planId}/periods/{periodId}")
    String period(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            Model model) {
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        model.addAttribute("period", periods.period(user.organisationId(), planId, periodId));
        model.addAttribute("events", periods.events(user.organisationId(), planId, periodId));
        return "reporting/period";
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/periods/new")
    String newPeriod(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        model.addAttribute("form", new PeriodForm());
        return FORM;
    }

    @PlanEditorsOnly
    @PostMapping("/plans/{planId}/periods/new")
    String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            periods.create(user.organisationId(), planId, form.toDetails());
            redirect.addFlashAttribute("banner", "Period " + form.getLabel().strip() + " added. Open it when leads "
                    + "should write their updates.");
            return "redirect:/plans/" + planId + "/periods";
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/periods/{periodId}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            Model model) {
        Period period = periods.period(user.organisationId(), planId, periodId);
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        model.addAttribute("period", period);
        model.addAttribute("form", PeriodForm.from(period));
        return FORM;
    }

    @PlanEditorsOnly
    @PostMapping("/plans/{planId}/periods/{periodId}/edit")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @Valid @ModelAttribute("form") PeriodForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        model.addAttribute("period", periods.period(user.organisationId(), planId, periodId));
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            periods.change(user.organisationId(), planId, periodId, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("banner", "Period " + form.getLabel().strip() + " saved.");
            return "redirect:/plans/" + planId + "/periods";
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }
}
