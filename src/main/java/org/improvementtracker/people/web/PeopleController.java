package org.improvementtracker.people.web;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.people.People;
import org.improvementtracker.people.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people who lead actions: everyone sees the list; plan editors add and change them. */
@Controller
class PeopleController {

    private static final String FORM = "people/form";

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    public String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("people", people.all(user.organisationId()));
        return "people/list";
    }

    @PlanEditorsOnly
    @GetMapping("/people/new")
    public String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return FORM;
    }

    @PlanEditorsOnly
    @PostMapping("/people/new")
    public String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        people.add(user.organisationId(), form.toDetails());
        redirect.addFlashAttribute("banner", form.getName().strip() + " added.");
        return "redirect:/people";
    }

    @PlanEditorsOnly
    @GetMapping("/people/{personId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long personId, Model model) {
        Person person = people.get(user.organisationId(), personId);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.from(person));
        return FORM;
    }

    @PlanEditorsOnly
    @PostMapping("/people/{personId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long personId,
            @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("person", people.get(user.organisationId(), personId));
        if (result.hasErrors()) {
            return FORM;
        }
        people.change(user.organisationId(), personId, form.getVersion(), form.toDetails());
        redirect.addFlashAttribute("banner", "Details saved.");
        return "redirect:/people";
    }
}
