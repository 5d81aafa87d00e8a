package org.improvementtracker.indicators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.Section;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
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

/** Defining, changing and archiving a plan's indicators through the pages. */
@Controller
@PlanEditorsOnly
class IndicatorEditController {

    private static final String FORM = "indicators/form";

    private final PlanReader plans;
    private final People people;
    private final IndicatorReader reader;
    private final IndicatorService indicators;

    IndicatorEditController(PlanReader plans, People people, IndicatorReader reader, IndicatorService indicators) {
        this.plans = plans;
        this.people = people;
        this.reader = reader;
        this.indicators = indicators;
    }

    @GetMapping("/plans/{planId}/indicators/new")
    public String newIndicator(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) Long section, Model model) {
        IndicatorForm form = new IndicatorForm();
        form.setSectionId(section);
        return form(user, plans.plan(user.organisationId(), planId), null, form.withBlankRows(), model);
    }

    @PostMapping("/plans/{planId}/indicators/new")
    public String define(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Plan plan = plans.plan(user.organisationId(), planId);
        form.check(result);
        if (!result.hasErrors()) {
            try {
                long indicatorId = indicators.define(user.organisationId(), planId, form.toDefinition());
                redirect.addFlashAttribute("banner", "Indicator " + form.getCode().strip() + " added.");
                return "redirect:/indicators/" + indicatorId;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, namingRows(invalid));
            }
        }
        return form(user, plan, null, form.withBlankRows(), model);
    }

    @GetMapping("/indicators/{indicatorId}/edit")
    public String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId, Model model) {
        Indicator indicator = live(user, indicatorId);
        IndicatorForm form = IndicatorForm.from(reader.detail(user.organisationId(), indicatorId));
        return form(user, plans.plan(user.organisationId(), indicator.planId()), indicator, form.withBlankRows(),
                model);
    }

    /** A stale version ends on the 409 page, through the service, with nothing saved. */
    @PostMapping("/indicators/{indicatorId}/edit")
    public String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Indicator indicator = live(user, indicatorId);
        form.check(result);
        if (!result.hasErrors()) {
            try {
                indicators.change(user.organisationId(), indicatorId, form.getVersion(), form.toDefinition());
                redirect.addFlashAttribute("banner", "Indicator " + form.getCode().strip() + " saved.");
                return "redirect:/indicators/" + indicatorId;
            } catch (InvalidInputException invalid) {
                Forms.reject(result, namingRows(invalid));
            }
        }
        return form(user, plans.plan(user.organisationId(), indicator.planId()), indicator, form.withBlankRows(),
                model);
    }

    @GetMapping("/indicators/{indicatorId}/archive")
    public String confirmArchive(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            Model model) {
        Indicator indicator = live(user, indicatorId);
        model.addAttribute("plan", plans.plan(user.organisationId(), indicator.planId()));
        model.addAttribute("indicator", indicator);
        return "indicators/archive";
    }

    /** Back to where the indicator was listed: its section, or the plan when it had none. */
    @PostMapping("/indicators/{indicatorId}/archive")
    public String archive(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            @RequestParam int version, RedirectAttributes redirect) {
        Indicator indicator = live(user, indicatorId);
        indicators.archive(user.organisationId(), indicatorId, version);
        redirect.addFlashAttribute("banner", "Indicator " + indicator.code()
                + " archived: it no longer appears in the plan, and its values are kept.");
        String plan = "/plans/" + indicator.planId();
        return "redirect:" + (indicator.sectionId() == null ? plan : plan + "/sections/" + indicator.sectionId());
    }

    /**
     * An archived indicator is history: it can be read, but like a removed action there is nothing left
     * to edit or archive, so these pages do not find it.
     */
    private Indicator live(SignedInUser user, long indicatorId) {
        Indicator indicator = reader.indicator(user.organisationId(), indicatorId);
        if (indicator.archived()) {
            throw new NotFoundException("Indicator", indicatorId);
        }
        return indicator;
    }

    private String form(SignedInUser user, Plan plan, Indicator indicator, IndicatorForm form, Model model) {
        long organisationId = user.organisationId();
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("indicator", indicator);
        model.addAttribute("sections", plans.sections(organisationId, plan.id()));
        model.addAttribute("people", people.all(organisationId));
        model.addAttribute("actionGroups", actionGroups(organisationId, plan.id(), form.getActionIds()));
        model.addAttribute("units", Unit.values());
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("yearToDateRules", YearToDateRule.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("benchmarkKinds", BenchmarkKind.values());
        return FORM;
    }

    /**
     * The plan's live actions under their sections, in plan order; an archived action stays on offer
     * while the indicator links to it, so saving the form does not drop the link unasked.
     */
    private List<ActionGroup> actionGroups(long organisationId, long planId, List<Long> linked) {
        Set<Long> chosen = linked.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Section> sections = plans.sectionsEverInPlan(organisationId, planId).stream()
                .collect(Collectors.toMap(Section::id, Function.identity()));
        Map<Long, List<Action>> bySection = plans.actionsEverInPlan(organisationId, planId).stream()
                .filter(action -> !action.archived() || chosen.contains(action.id()))
                .collect(Collectors.groupingBy(Action::sectionId, LinkedHashMap::new, Collectors.toList()));
        return bySection.entrySet().stream()
                .map(group -> new ActionGroup(sections.get(group.getKey()), group.getValue()))
                .toList();
    }

    /** "Benchmark 2: enter the benchmark's value", so the summary says which row a problem is in. */
    private static InvalidInputException namingRows(InvalidInputException invalid) {
        return new InvalidInputException(invalid.problems().stream()
                .map(problem -> {
                    String row = IndicatorForm.rowOf(problem.field());
                    String message = problem.message();
                    return row.isEmpty() ? problem : new FieldProblem(problem.field(),
                            row + Character.toLowerCase(message.charAt(0)) + message.substring(1));
                })
                .toList());
    }

    /** One section's actions, for the checkboxes that link the indicator to the actions it evidences. */
    record ActionGroup(Section section, List<Action> actions) {
    }
}
