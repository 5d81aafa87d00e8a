package org.improvementtracker.reporting.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionFilter;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan owner records every action's initial (baseline) rating on one page. */
@Controller
@PlanEditorsOnly
class InitialRatingsController {

    private static final String VIEW = "reporting/initial-ratings";

    private final PlanReader reader;
    private final InitialRatings initialRatings;

    InitialRatingsController(PlanReader reader, InitialRatings initialRatings) {
        this.reader = reader;
        this.initialRatings = initialRatings;
    }

    @GetMapping("/plans/{planId}/initial-ratings")
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId, Model model) {
        return show(user, planId, InitialRatingsForm.unchanged(), List.of(), model);
    }

    @PostMapping("/plans/{planId}/initial-ratings")
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        reader.plan(user.organisationId(), planId);
        InitialRatingsForm form = InitialRatingsForm.posted(params);
        try {
            List<InitialRatings.Change> changes = form.changes();
            initialRatings.record(user, planId, changes);
            redirect.addFlashAttribute("banner", changes.isEmpty() ? "No initial ratings were changed."
                    : "Initial ratings saved: " + changes.size() + (changes.size() == 1 ? " action" : " actions")
                            + " changed.");
            return "redirect:/plans/" + planId + "/initial-ratings";
        } catch (InvalidInputException invalid) {
            return show(user, planId, form, invalid.problems(), model);
        }
    }

    private String show(SignedInUser user, long planId, InitialRatingsForm form, List<FieldProblem> problems,
            Model model) {
        List<Action> actions = reader.search(user.organisationId(), planId, ActionFilter.ALL);
        model.addAttribute("plan", reader.plan(user.organisationId(), planId));
        model.addAttribute("actions", actions);
        model.addAttribute("ratings", initialRatings.ofPlan(user.organisationId(), planId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors(problems, actions));
        return VIEW;
    }

    /** Each problem against its row's select, naming the action, since the rows look alike. */
    private static Map<String, String> errors(List<FieldProblem> problems, List<Action> actions) {
        Map<String, String> references = new HashMap<>();
        actions.forEach(action -> references.put(InitialRatingsForm.RATING + action.id(), action.reference()));
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String reference = references.get(problem.field());
            errors.putIfAbsent(problem.field(), reference == null ? problem.message()
                    : "Action " + reference + ": " + problem.message());
        }
        return errors;
    }
}
