package org.improvementtracker.plans.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.MoveDirection;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.Removal;
import org.improvementtracker.plans.Section;
import org.improvementtracker.plans.SectionService;
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
class SectionEditController {

    private static final String FORM = "plans/section-form";

    private final PlanReader reader;
    private final SectionService sections;
    private final People people;

    SectionEditController(PlanReader reader, SectionService sections, People people) {
        this.reader = reader;
        this.sections = sections;
        this.people = people;
    }

    @ModelAttribute("plan")
    public Plan plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        model.addAttribute("people", people.all(user.organisationId()));
        return reader.plan(user.organisationId(), planId);
    }

    @GetMapping("/plans/{planId}/sections/new")
    public String newSection(Model model) {
        model.addAttribute("form", new SectionForm());
        return FORM;
    }

    @PostMapping("/plans/{planId}/sections/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @Valid @ModelAttribute("form") SectionForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            long sectionId = sections.add(user.organisationId(), planId, form.toDetails());
            redirect.addFlashAttribute("banner", "Section added.");
            return "redirect:/plans/" + planId + "/sections/" + sectionId;
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @GetMapping("/plans/{planId}/sections/{sectionId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, Model model) {
        Section section = reader.section(user.organisationId(), planId, sectionId);
        model.addAttribute("section", section);
        model.addAttribute("form", SectionForm.from(section));
        return FORM;
    }

    @PostMapping("/plans/{planId}/sections/{sectionId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, @Valid @ModelAttribute("form") SectionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("section", reader.section(user.organisationId(), planId, sectionId));
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            sections.change(user.organisationId(), planId, sectionId, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("banner", "Section saved.");
            return "redirect:/plans/" + planId + "/sections/" + sectionId;
        } catch (InvalidInputException invalid) {
            Forms.reject(result, invalid);
            return FORM;
        }
    }

    @PostMapping("/plans/{planId}/sections/{sectionId}/move")
    public String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, @RequestParam MoveDirection direction) {
        sections.move(user.organisationId(), planId, sectionId, direction);
        return "redirect:/plans/" + planId + "#section-" + sectionId;
    }

    @GetMapping("/plans/{planId}/sections/{sectionId}/remove")
    public String confirmRemoval(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("plan") Plan plan,
            @PathVariable long sectionId, Model model) {
        Section section = reader.section(user.organisationId(), plan.id(), sectionId);
        String base = "/plans/" + plan.id() + "/sections/" + sectionId;
        model.addAttribute("removal", new RemovalPage("Remove this " + plan.sectionLabel().toLowerCase() + "?",
                section.heading(), base + "/remove", base, section.version(), plan.keepsHistory()));
        return RemovalPage.VIEW;
    }

    @PostMapping("/plans/{planId}/sections/{sectionId}/remove")
    public String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long sectionId, @RequestParam int version, RedirectAttributes redirect) {
        Removal removal = sections.remove(user.organisationId(), planId, sectionId, version);
        redirect.addFlashAttribute("banner", RemovalPage.banner("Section", removal));
        return "redirect:/plans/" + planId;
    }
}
