package org.improvementtracker.reporting.web;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.ActionHistory;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.web.Forms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action's update for one period: its lead writes it (draft, then submit); everyone else who may
 * read the plan sees it read-only, with the action's earlier updates and the moderator's comments.
 */
@Controller
@OpenToPartners
class UpdatePagesController {

    private static final String PATH = "/plans/{planId}/actions/{actionId}/updates/{periodId}";
    private static final String VIEW = "reporting/update";

    private final PlanReader reader;
    private final PeriodService periods;
    private final UpdateService updates;
    private final ProgressReader progress;

    UpdatePagesController(PlanReader reader, PeriodService periods, UpdateService updates, ProgressReader progress) {
        this.reader = reader;
        this.periods = periods;
        this.updates = updates;
        this.progress = progress;
    }

    @GetMapping(PATH)
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long actionId,
            @PathVariable long periodId, Model model) {
        model.addAttribute("form", UpdateForm.from(updates.update(user.organisationId(), actionId, periodId)
                .orElse(null)));
        return show(user, planId, actionId, periodId, model);
    }

    /** Who may write is checked before the form, so a reader learns nothing from validation messages. */
    @PostMapping(PATH)
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long actionId,
            @PathVariable long periodId, @ModelAttribute("form") UpdateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Action action = reader.action(user.organisationId(), planId, actionId);
        Period period = periods.period(user.organisationId(), planId, periodId);
        if (!updates.mayWrite(user, action)) {
            throw new AccessDeniedException("Not a lead of action " + actionId);
        }
        if (!result.hasErrors()) {
            try {
                updates.save(user, planId, actionId, periodId, form.getVersion(), form.toDraft());
                redirect.addFlashAttribute("banner", form.isSubmit()
                        ? "Your update on action " + action.reference() + " for " + period.label()
                                + " has been submitted for approval."
                        : "Draft saved. Submit it for approval when it is ready.");
                return "redirect:" + PATH;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        return show(user, planId, actionId, periodId, model);
    }

    private String show(SignedInUser user, long planId, long actionId, long periodId, Model model) {
        ActionHistory history = progress.history(user.organisationId(), planId, actionId);
        Period period = periods.period(user.organisationId(), planId, periodId);
        ProgressUpdate update = updates.update(user.organisationId(), actionId, periodId).orElse(null);
        model.addAttribute("page", UpdatePage.of(history, period, update, updates.mayWrite(user, history.action())));
        return VIEW;
    }
}
