package org.improvementtracker.plans.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.Removal;
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

@Controller
@PlanEditorsOnly
class PlanEditController {

    private static final String FORM = "plans/plan-form";

    private final PlanReader reader;
    private final PlanService plans;

    PlanEditController(PlanReader reader, PlanService plans) {
        this.reader = reader;
        this.plans = plans;
    }

    @ModelAttribute
    public void choices(Model model) {
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("scales", RatingScale.values());
    }

    @GetMapping("/plans/new")
    public String newPlan(Model model) {
        model.addAttribute("form", new PlanForm());
        return FORM;
    }

    @PostMapping("/plans/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result, RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long planId = plans.create(user.organisationId(), form.toDetails());
            redirect.addFlashAttribute("banner", "Plan created. Add its sections next.");
            return "redirect:/plans/" + planId;
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @GetMapping("/plans/{planId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        Plan plan = reader.plan(user.organisationId(), planId);
        model.addAttribute("plan", plan);
        model.addAttribute("form", PlanForm.from(plan));
        return FORM;
    }

    @PostMapping("/plans/{planId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            plans.change(user.organisationId(), planId, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("banner", "Plan details saved.");
            return "redirect:/plans/" + planId;
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @GetMapping("/plans/{planId}/remove")
    public String confirmRemoval(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        Plan plan = reader.plan(user.organisationId(), planId);
        model.addAttribute("removal", new RemovalPage("Remove this plan?", plan.title(),
                "/plans/" + planId + "/remove", "/plans/" + planId, plan.version(), plan.keepsHistory()));
        return RemovalPage.VIEW;
    }

    @PostMapping("/plans/{planId}/remove")
    public String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam int version, RedirectAttributes redirect) {
        Removal removal = plans.remove(user.organisationId(), planId, version);
        redirect.addFlashAttribute("banner", RemovalPage.banner("Plan", removal));
        return "redirect:/plans";
    }
}
