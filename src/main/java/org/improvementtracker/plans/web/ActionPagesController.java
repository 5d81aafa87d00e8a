package org.improvementtracker.plans.web;

import java.util.List;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.AbbreviationGlossary;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionEvidence;
import org.improvementtracker.plans.ActionFilter;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An action with everything known about it, and finding actions in a plan. */
@Controller
class ActionPagesController {

    private final PlanReader reader;
    private final People people;
    private final List<ActionEvidence> evidence;

    ActionPagesController(PlanReader reader, People people, List<ActionEvidence> evidence) {
        this.reader = reader;
        this.people = people;
        this.evidence = evidence;
    }

    @OpenToPartners
    @GetMapping("/plans/{planId}/actions/{actionId}")
    String action(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, Model model) {
        long organisationId = user.organisationId();
        Action action = reader.action(organisationId, planId, actionId);
        model.addAttribute("plan", reader.plan(organisationId, planId));
        model.addAttribute("action", action);
        model.addAttribute("section", reader.sectionOf(organisationId, action));
        model.addAttribute("outcome", reader.outcomeOf(organisationId, action));
        model.addAttribute("measures", reader.measures(organisationId, actionId));
        model.addAttribute("crossReferences", reader.crossReferences(actionId));
        model.addAttribute("glossary", new AbbreviationGlossary(reader.glossary(organisationId, planId)));
        model.addAttribute("evidence", evidence.stream()
                .flatMap(source -> source.of(organisationId, actionId).stream()).toList());
        return "plans/action";
    }

    @GetMapping("/plans/{planId}/actions")
    String search(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) String text, @RequestParam(required = false) Long lead,
            @RequestParam(required = false) Long section, @RequestParam(required = false) String dueFrom,
            @RequestParam(required = false) String dueTo, Model model) {
        long organisationId = user.organisationId();
        model.addAttribute("plan", reader.plan(organisationId, planId));
        model.addAttribute("sections", reader.sections(organisationId, planId));
        model.addAttribute("people", people.all(organisationId));
        ActionFilter filter = new ActionFilter(text, lead, section, FormValues.date(dueFrom), FormValues.date(dueTo));
        model.addAttribute("filter", filter);
        model.addAttribute("dueFrom", dueFrom);
        model.addAttribute("dueTo", dueTo);
        boolean badFrom = dueFrom != null && !dueFrom.isBlank() && filter.dueFrom() == null;
        boolean badTo = dueTo != null && !dueTo.isBlank() && filter.dueTo() == null;
        model.addAttribute("badDueFrom", badFrom);
        model.addAttribute("badDueTo", badTo);
        if (!badFrom && !badTo) {
            model.addAttribute("results", reader.search(organisationId, planId, filter));
        }
        return "plans/search";
    }
}
