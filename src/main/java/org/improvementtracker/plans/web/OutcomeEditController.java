package org.improvementtracker.plans.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.MoveDirection;
import org.improvementtracker.plans.Outcome;
import org.improvementtracker.plans.OutcomeService;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.Removal;
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
class OutcomeEditController {

    private static final String FORM = "plans/outcome-form";

    private final PlanReader reader;
    private final OutcomeService outcomes;

    OutcomeEditController(PlanReader reader, OutcomeService outcomes) {
        this.reader = reader;
        this.outcomes = outcomes;
    }

    @ModelAttribute("plan")
    public Plan plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return reader.plan(user.organisationId(), planId);
    }

    @GetMapping("/plans/{planId}/sections/{sectionId}/outcomes/new")
    public String newOutcome(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, Model model) {
        model.addAttribute("section", reader.section(user.organisationId(), planId, sectionId));
        model.addAttribute("form", new OutcomeForm());
        return FORM;
    }

    @PostMapping("/plans/{planId}/sections/{sectionId}/outcomes/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, @Valid @ModelAttribute("form") OutcomeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("section", reader.section(user.organisationId(), planId, sectionId));
        if (result.hasErrors()) {
            return FORM;
        }
        long outcomeId = outcomes.add(user.organisationId(), planId, sectionId, form.toDetails());
        redirect.addFlashAttribute("banner", "Outcome added.");
        return "redirect:/plans/" + planId + "/sections/" + sectionId + "#outcome-" + outcomeId;
    }

    @GetMapping("/plans/{planId}/outcomes/{outcomeId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long outcomeId, Model model) {
        Outcome outcome = reader.outcome(user.organisationId(), planId, outcomeId);
        model.addAttribute("section", reader.section(user.organisationId(), planId, outcome.sectionId()));
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", OutcomeForm.from(outcome));
        return FORM;
    }

    @PostMapping("/plans/{planId}/outcomes/{outcomeId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long outcomeId, @Valid @ModelAttribute("form") OutcomeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Outcome outcome = reader.outcome(user.organisationId(), planId, outcomeId);
        model.addAttribute("section", reader.section(user.organisationId(), planId, outcome.sectionId()));
        model.addAttribute("outcome", outcome);
        if (result.hasErrors()) {
            return FORM;
        }
        outcomes.change(user.organisationId(), planId, outcomeId, form.getVersion(), form.toDetails());
        redirect.addFlashAttribute("banner", "Outcome saved.");
        return "redirect:/plans/" + planId + "/sections/" + outcome.sectionId() + "#outcome-" + outcomeId;
    }

    @PostMapping("/plans/{planId}/outcomes/{outcomeId}/move")
    public String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long outcomeId, @RequestParam MoveDirection direction) {
        Outcome outcome = reader.outcome(user.organisationId(), planId, outcomeId);
        outcomes.move(user.organisationId(), planId, outcomeId, direction);
        return "redirect:/plans/" + planId + "/sections/" + outcome.sectionId() + "#outcome-" + outcomeId;
    }

    @GetMapping("/plans/{planId}/outcomes/{outcomeId}/remove")
    public String confirmRemoval(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("plan") Plan plan,
            @PathVariable long outcomeId, Model model) {
        Outcome outcome = reader.outcome(user.organisationId(), plan.id(), outcomeId);
        String base = "/plans/" + plan.id() + "/outcomes/" + outcomeId;
        model.addAttribute("removal", new RemovalPage("Remove this " + plan.outcomeLabel().toLowerCase() + "?",
                (outcome.number() == null ? "" : outcome.number() + " ") + outcome.text(), base + "/remove",
                "/plans/" + plan.id() + "/sections/" + outcome.sectionId(), outcome.version(), plan.keepsHistory()));
        return RemovalPage.VIEW;
    }

    @PostMapping("/plans/{planId}/outcomes/{outcomeId}/remove")
    public String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long outcomeId, @RequestParam int version, RedirectAttributes redirect) {
        Outcome outcome = reader.outcome(user.organisationId(), planId, outcomeId);
        Removal removal = outcomes.remove(user.organisationId(), planId, outcomeId, version);
        redirect.addFlashAttribute("banner", RemovalPage.banner("Outcome", removal));
        return "redirect:/plans/" + planId + "/sections/" + outcome.sectionId();
    }
}
