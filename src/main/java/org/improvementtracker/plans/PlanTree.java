package org.improvementtracker.plans;

import java.util.List;

/** A whole plan: sections, their outcomes and actions, each action's measures and cross-references. */
public record PlanTree(Plan plan, List<SectionNode> sections) {

    public record SectionNode(Section section, List<OutcomeNode> outcomes, List<ActionNode> actionsWithoutOutcome) {

        public int actionCount() {
            return actionsWithoutOutcome.size() + outcomes.stream().mapToInt(o -> o.actions().size()).sum();
        }
    }

    public record OutcomeNode(Outcome outcome, List<ActionNode> actions) {
    }

    public record ActionNode(Action action, List<SuccessMeasure> measures, List<CrossReference> crossReferences) {
    }
}
