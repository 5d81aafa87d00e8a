package org.improvementtracker.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.Section;

/** The actions an administrator can name for a partner: every live action, grouped by plan and section. */
public record ActionChoices(List<PlanChoice> plans) {

    public record PlanChoice(Plan plan, List<SectionChoice> sections) {
    }

    public record SectionChoice(Section section, List<Action> actions) {
    }

    static ActionChoices of(List<Plan> plans, List<Section> sections, List<Action> actions) {
        Map<Long, List<Action>> bySection = actions.stream()
                .collect(Collectors.groupingBy(Action::sectionId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<SectionChoice>> byPlan = sections.stream()
                .filter(section -> bySection.containsKey(section.id()))
                .collect(Collectors.groupingBy(Section::planId, LinkedHashMap::new, Collectors.mapping(
                        section -> new SectionChoice(section, bySection.get(section.id())), Collectors.toList())));
        return new ActionChoices(plans.stream()
                .filter(plan -> byPlan.containsKey(plan.id()))
                .map(plan -> new PlanChoice(plan, byPlan.get(plan.id())))
                .toList());
    }
}
