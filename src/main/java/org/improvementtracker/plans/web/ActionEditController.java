package org.improvementtracker.plans.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.MoveDirection;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
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
class ActionEditController {

    private static final String FORM = "plans/action-form";

    private final PlanReader reader;
    private final ActionService actions;
    private final People people;

    ActionEditController(PlanReader reader, ActionService actions, People people) {
        this.reader = reader;
        this.actions = actions;
        this.people = people;
    }

    /** The form's choices: sections, their outcomes and the organisation's people. */
    @ModelAttribute("plan")
    public Plan plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        model.addAttribute("sections", reader.sections(user.organisationId(), planId));
        model.addAttribute("outcomes", reader.outcomes(user.organisationId(), planId));
        model.addAttribute("people", people.all(user.organisationId()));
        return reader.plan(user.organisationId(), planId);
    }

    @GetMapping("/plans/{planId}/actions/new")
    public String newAction(@RequestParam(required = false) Long sectionId,
            @RequestParam(required = false) Long outcomeId, Model model) {
        ActionForm form = new ActionForm();
        form.setSectionId(sectionId);
        form.setOutcomeId(outcomeId);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/plans/{planId}/actions/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @Valid @ModelAttribute("form") ActionForm form, BindingResult result, RedirectAttributes redirect) {
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long actionId = actions.add(user.organisationId(), planId, form.toDetails());
            redirect.addFlashAttribute("banner", "Action added.");
            return "redirect:/plans/" + planId + "/actions/" + actionId;
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @GetMapping("/plans/{planId}/actions/{actionId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, Model model) {
        Action action = reader.action(user.organisationId(), planId, actionId);
        model.addAttribute("action", action);
        model.addAttribute("form", ActionForm.from(action, reader.crossReferences(actionId)));
        return FORM;
    }

    @PostMapping("/plans/{planId}/actions/{actionId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @Valid @ModelAttribute("form") ActionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("action", reader.action(user.organisationId(), planId, actionId));
        form.check(result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            actions.change(user.organisationId(), planId, actionId, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("banner", "Action saved.");
            return "redirect:/plans/" + planId + "/actions/" + actionId;
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @PostMapping("/plans/{planId}/actions/{actionId}/move")
    public String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @RequestParam MoveDirection direction) {
        Action action = reader.action(user.organisationId(), planId, actionId);
        actions.move(user.organisationId(), planId, actionId, direction);
        return "redirect:/plans/" + planId + "/sections/" + action.sectionId() + "#action-" + actionId;
    }

    @GetMapping("/plans/{planId}/actions/{actionId}/remove")
    public String confirmRemoval(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("plan") Plan plan,
            @PathVariable long actionId, Model model) {
        Action action = reader.action(user.organisationId(), plan.id(), actionId);
        String base = "/plans/" + plan.id() + "/actions/" + actionId;
        model.addAttribute("removal", new RemovalPage("Remove this action?",
                action.reference() + " " + action.description(), base + "/remove", base, action.version(),
                plan.keepsHistory()));
        return RemovalPage.VIEW;
    }

    @PostMapping("/plans/{planId}/actions/{actionId}/remove")
    public String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @RequestParam int version, RedirectAttributes redirect) {
        Action action = reader.action(user.organisationId(), planId, actionId);
        Removal removal = actions.remove(user.organisationId(), planId, actionId, version);
        redirect.addFlashAttribute("banner", RemovalPage.banner("Action " + action.reference(), removal));
        return "redirect:/plans/" + planId + "/sections/" + action.sectionId();
    }
}
