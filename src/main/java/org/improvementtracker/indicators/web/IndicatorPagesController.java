package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.util.List;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.people.People;
import org.improvementtracker.people.Person;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.Section;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading indicators: a plan's (or a section's) tables for a month, and one indicator whole. */
@Controller
class IndicatorPagesController {

    private final Clock clock;
    private final PlanReader plans;
    private final IndicatorReader reader;
    private final People people;

    IndicatorPagesController(Clock clock, PlanReader plans, IndicatorReader reader, People people) {
        this.clock = clock;
        this.plans = plans;
        this.reader = reader;
        this.people = people;
    }

    /** Every section's table, or one section's with {@code section}; {@code month} defaults to the latest with figures. */
    @GetMapping("/plans/{planId}/indicators")
    String table(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long section, @RequestParam(required = false) String month,
            Model model) {
        long organisationId = user.organisationId();
        Plan plan = plans.plan(organisationId, planId);
        MonthChoice chosen = MonthChoice.of(month,
                () -> reader.latestReported(organisationId, planId, MonthChoice.lastMonth(clock)));
        List<Section> sections = plans.sections(organisationId, planId);
        Section chosenSection = section == null ? null : plans.section(organisationId, planId, section);
        var standings = reader.standings(organisationId, planId, section, chosen.month(),
                IndicatorApiController.MONTHS_SHOWN);
        model.addAttribute("plan", plan);
        model.addAttribute("sections", sections);
        model.addAttribute("chosenSection", chosenSection);
        model.addAttribute("chosen", chosen);
        model.addAttribute("table", IndicatorTable.of(standings,
                chosenSection == null ? sections : List.of(chosenSection), chosenSection == null, chosen.month(),
                IndicatorApiController.MONTHS_SHOWN, ExpectedMonths.of(plan, clock)));
        model.addAttribute("wideLayout", true);
        return "indicators/table";
    }

    /** The definition, where it stands at {@code month} (default its latest with a value), its chart, actions and history. */
    @GetMapping("/indicators/{indicatorId}")
    String indicator(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            @RequestParam(required = false) String month, Model model) {
        long organisationId = user.organisationId();
        IndicatorDetail detail = reader.detail(organisationId, indicatorId);
        Indicator indicator = detail.indicator();
        MonthChoice chosen = MonthChoice.of(month, () -> detail.latestReported(MonthChoice.lastMonth(clock)));
        Plan plan = plans.plan(organisationId, indicator.planId());
        model.addAttribute("plan", plan);
        model.addAttribute("section", indicator.sectionId() == null ? null
                : plans.sectionEvenIfArchived(organisationId, indicator.planId(), indicator.sectionId()));
        model.addAttribute("dataOwner", indicator.dataOwnerPersonId() == null ? null
                : people.find(organisationId, indicator.dataOwnerPersonId()).map(Person::label).orElse(null));
        model.addAttribute("actions", linkedActions(organisationId, detail));
        model.addAttribute("chosen", chosen);
        model.addAttribute("page", IndicatorPage.of(detail, chosen.month(), IndicatorApiController.MONTHS_SHOWN,
                clock.getZone(), ExpectedMonths.of(plan, clock)));
        return "indicators/indicator";
    }

    /** The actions it evidences, in plan order, in one statement. */
    private List<Action> linkedActions(long organisationId, IndicatorDetail detail) {
        return plans.actionsWithIds(organisationId, detail.linkedActionIds());
    }
}
