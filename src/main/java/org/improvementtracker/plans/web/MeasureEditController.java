package org.improvementtracker.plans.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.MoveDirection;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.Removal;
import org.improvementtracker.plans.SuccessMeasure;
import org.improvementtracker.plans.SuccessMeasureService;
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
class MeasureEditController {

    private static final String FORM = "plans/measure-form";

    private final PlanReader reader;
    private final SuccessMeasureService measures;

    MeasureEditController(PlanReader reader, SuccessMeasureService measures) {
        this.reader = reader;
        this.measures = measures;
    }

    @ModelAttribute("plan")
    public Plan plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return reader.plan(user.organisationId(), planId);
    }

    @GetMapping("/plans/{planId}/actions/{actionId}/measures/new")
    public String newMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, Model model) {
        model.addAttribute("action", reader.action(user.organisationId(), planId, actionId));
        model.addAttribute("form", new MeasureForm());
        return FORM;
    }

    @PostMapping("/plans/{planId}/actions/{actionId}/measures/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @Valid @ModelAttribute("form") MeasureForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("action", reader.action(user.organisationId(), planId, actionId));
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        measures.add(user.organisationId(), planId, actionId, form.toDetails());
        redirect.addFlashAttribute("banner", "Success measure added.");
        return "redirect:/plans/" + planId + "/actions/" + actionId + "#measures";
    }

    @GetMapping("/plans/{planId}/measures/{measureId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long measureId, Model model) {
        SuccessMeasure measure = reader.measure(user.organisationId(), planId, measureId);
        model.addAttribute("action", reader.action(user.organisationId(), planId, measure.actionId()));
        model.addAttribute("measure", measure);
        model.addAttribute("form", MeasureForm.from(measure));
        return FORM;
    }

    @PostMapping("/plans/{planId}/measures/{measureId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long measureId, @Valid @ModelAttribute("form") MeasureForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        SuccessMeasure measure = reader.measure(user.organisationId(), planId, measureId);
        model.addAttribute("action", reader.action(user.organisationId(), planId, measure.actionId()));
        model.addAttribute("measure", measure);
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        measures.change(user.organisationId(), planId, measureId, form.getVersion(), form.toDetails());
        redirect.addFlashAttribute("banner", "Success measure saved.");
        return "redirect:/plans/" + planId + "/actions/" + measure.actionId() + "#measures";
    }

    @PostMapping("/plans/{planId}/measures/{measureId}/move")
    public String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long measureId, @RequestParam MoveDirection direction) {
        SuccessMeasure measure = reader.measure(user.organisationId(), planId, measureId);
        measures.move(user.organisationId(), planId, measureId, direction);
        return "redirect:/plans/" + planId + "/actions/" + measure.actionId() + "#measures";
    }

    @GetMapping("/plans/{planId}/measures/{measureId}/remove")
    public String confirmRemoval(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("plan") Plan plan,
            @PathVariable long measureId, Model model) {
        SuccessMeasure measure = reader.measure(user.organisationId(), plan.id(), measureId);
        model.addAttribute("removal", new RemovalPage("Remove this success measure?", measure.text(),
                "/plans/" + plan.id() + "/measures/" + measureId + "/remove",
                "/plans/" + plan.id() + "/actions/" + measure.actionId(), measure.version(), plan.keepsHistory()));
        return RemovalPage.VIEW;
    }

    @PostMapping("/plans/{planId}/measures/{measureId}/remove")
    public String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long measureId, @RequestParam int version, RedirectAttributes redirect) {
        SuccessMeasure measure = reader.measure(user.organisationId(), planId, measureId);
        Removal removal = measures.remove(user.organisationId(), planId, measureId, version);
        redirect.addFlashAttribute("banner", RemovalPage.banner("Success measure", removal));
        return "redirect:/plans/" + planId + "/actions/" + measure.actionId() + "#measures";
    }
}
