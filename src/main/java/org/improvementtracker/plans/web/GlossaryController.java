package org.improvementtracker.plans.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.GlossaryTerm;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
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

/** The plan's glossary: everyone reads it; plan editors add, change and remove terms. */
@Controller
class GlossaryController {

    private static final String FORM = "plans/glossary-form";

    private final PlanReader reader;
    private final PlanService plans;

    GlossaryController(PlanReader reader, PlanService plans) {
        this.reader = reader;
        this.plans = plans;
    }

    @ModelAttribute("plan")
    public Plan plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return reader.plan(user.organisationId(), planId);
    }

    @GetMapping("/plans/{planId}/glossary")
    public String glossary(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        model.addAttribute("terms", reader.glossary(user.organisationId(), planId));
        return "plans/glossary";
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/glossary/new")
    public String newTerm(Model model) {
        model.addAttribute("form", new GlossaryTermForm());
        return FORM;
    }

    @PlanEditorsOnly
    @PostMapping("/plans/{planId}/glossary/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @Valid @ModelAttribute("form") GlossaryTermForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            plans.addGlossaryTerm(user.organisationId(), planId, form.getAbbreviation(), form.getMeaning());
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
        redirect.addFlashAttribute("banner", form.getAbbreviation().strip() + " added to the glossary.");
        return "redirect:/plans/" + planId + "/glossary";
    }

    @PlanEditorsOnly
    @GetMapping("/plans/{planId}/glossary/{termId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long termId, Model model) {
        GlossaryTerm term = reader.glossaryTerm(user.organisationId(), planId, termId);
        model.addAttribute("term", term);
        model.addAttribute("form", GlossaryTermForm.from(term));
        return FORM;
    }

    @PlanEditorsOnly
    @PostMapping("/plans/{planId}/glossary/{termId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long termId, @Valid @ModelAttribute("form") GlossaryTermForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("term", reader.glossaryTerm(user.organisationId(), planId, termId));
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            plans.changeGlossaryTerm(user.organisationId(), planId, termId, form.getVersion(),
                    form.getAbbreviation(), form.getMeaning());
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
        redirect.addFlashAttribute("banner", "Glossary term saved.");
        return "redirect:/plans/" + planId + "/glossary";
    }

    @PlanEditorsOnly
    @PostMapping("/plans/{planId}/glossary/{termId}/remove")
    public String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long termId, @RequestParam int version, RedirectAttributes redirect) {
        plans.removeGlossaryTerm(user.organisationId(), planId, termId, version);
        redirect.addFlashAttribute("banner", "Glossary term removed.");
        return "redirect:/plans/" + planId + "/glossary";
    }
}
