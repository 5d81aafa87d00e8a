package org.improvementtracker.reporting.web;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.Moderation;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
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

/** The plan owner's side of a period: who has replied, and approving or returning each submitted update. */
@Controller
@PlanEditorsOnly
class ModerationController {

    private static final String UPDATE = "/plans/{planId}/periods/{periodId}/updates/{updateId}";
    private static final String TRACKER = "redirect:/plans/{planId}/periods/{periodId}/responses";
    private static final String VIEW = "reporting/moderate";

    private final PlanReader reader;
    private final PeriodService periods;
    private final ProgressReader progress;
    private final Moderation moderation;

    ModerationController(PlanReader reader, PeriodService periods, ProgressReader progress, Moderation moderation) {
        this.reader = reader;
        this.periods = periods;
        this.progress = progress;
        this.moderation = moderation;
    }

    @GetMapping("/plans/{planId}/periods/{periodId}/responses")
    String responses(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, @RequestParam(required = false) UpdateStatus state, Model model) {
        model.addAttribute("tracker", ResponseTracker.of(progress.period(user.organisationId(), planId, periodId),
                state));
        return "reporting/responses";
    }

    @GetMapping(UPDATE)
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @PathVariable long updateId, Model model) {
        ModerationPage page = show(user, planId, periodId, updateId, model);
        model.addAttribute("approval", ApprovalForm.of(page.update()));
        model.addAttribute("returning", ReturnForm.of(page.update()));
        return VIEW;
    }

    @PostMapping(UPDATE + "/approve")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, @PathVariable long periodId,
            @PathVariable long updateId, @ModelAttribute("approval") ApprovalForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        ModerationPage page = show(user, planId, periodId, updateId, model);
        model.addAttribute("returning", ReturnForm.of(page.update()));
        if (!result.hasErrors()) {
            try {
                moderation.approve(user, planId, updateId, form.getVersion(), form.getRating(), form.getReason());
                Integer proposed = page.update().proposedRating();
                boolean overridden = form.getRating() != null && !form.getRating().equals(proposed);
                redirect.addFlashAttribute("banner", "Update on action " + page.action().reference() + " approved"
                        + (overridden ? " with the rating " + page.ratingText(form.getRating()) + " instead of "
                                + page.ratingText(proposed) : "") + ".");
                return TRACKER;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        return refused(model);
    }

    @PostMapping(UPDATE + "/return")
    String giveBack(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, @PathVariable long updateId, @ModelAttribute("returning") ReturnForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ModerationPage page = show(user, planId, periodId, updateId, model);
        model.addAttribute("approval", ApprovalForm.of(page.update()));
        if (!result.hasErrors()) {
            try {
                moderation.giveBack(user, planId, updateId, form.getVersion(), form.getComment());
                redirect.addFlashAttribute("banner", "Update on action " + page.action().reference() + " returned to "
                        + page.update().authorName() + " with your comment.");
                return TRACKER;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, invalid);
            }
        }
        return refused(model);
    }

    /** The page again with the problems; its title says so, as on every form (the layout knows only "form"). */
    private static String refused(Model model) {
        model.addAttribute("refused", true);
        return VIEW;
    }

    /** The update, which must belong to the period in the address, with everything its page shows. */
    private ModerationPage show(SignedInUser user, long planId, long periodId, long updateId, Model model) {
        Plan plan = reader.plan(user.organisationId(), planId);
        Period period = periods.period(user.organisationId(), planId, periodId);
        ProgressUpdate update = moderation.update(user.organisationId(), planId, updateId);
        if (update.periodId() != period.id()) {
            throw new NotFoundException("Progress update", updateId);
        }
        ModerationPage page = ModerationPage.of(plan, period,
                reader.action(user.organisationId(), planId, update.actionId()), update);
        model.addAttribute("page", page);
        return page;
    }
}
