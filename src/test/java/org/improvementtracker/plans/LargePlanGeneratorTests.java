package org.improvementtracker.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.plans.LargePlanGenerator.GeneratedPlan;
import org.improvementtracker.plans.LargePlanGenerator.Shape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The generated plans that statement counts and benchmarks rely on: valid for the app, and the same for a seed. */
@DatabaseTest
@SpringBootTest
@Import({TestData.class, LargePlanGenerator.class})
class LargePlanGeneratorTests {

    @Autowired
    TestData testData;

    @Autowired
    LargePlanGenerator generator;

    @Autowired
    PlanReader reader;

    @Autowired
    ActionService actions;

    @Test
    void planHasTheShapeAskedFor() {
        Organisation organisation = testData.organisation();
        GeneratedPlan plan = generator.generate(organisation, new Shape(3, 4, 10, 2), 1);

        PlanTree tree = reader.tree(organisation.id(), plan.planId());

        assertThat(tree.sections()).hasSize(3).allSatisfy(section -> {
            assertThat(section.outcomes()).hasSize(4);
            assertThat(section.actionCount()).isEqualTo(40);
        });
        List<PlanTree.ActionNode> all = actions(tree);
        assertThat(all).hasSize(120).allSatisfy(node -> assertThat(node.measures()).hasSize(2));
        assertThat(all).extracting(node -> node.action().reference()).doesNotHaveDuplicates();
        assertThat(all).anySatisfy(node -> assertThat(node.action().outcomeId()).isNull())
                .anySatisfy(node -> assertThat(node.crossReferences()).isNotEmpty())
                .anySatisfy(node -> assertThat(node.action().timescale().problem()).isNotNull())
                .allSatisfy(node -> assertThat(node.action().dueDate()).isEqualTo(node.action().timescale().dueDate()));
    }

    @Test
    void sameSeedGivesTheSamePlan() {
        Organisation organisation = testData.organisation();
        Shape shape = new Shape(2, 3, 5, 1);

        List<String> first = contents(organisation, generator.generate(organisation, shape, 42));
        List<String> second = contents(organisation, generator.generate(organisation, shape, 42));
        List<String> otherSeed = contents(organisation, generator.generate(organisation, shape, 43));

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void generatedActionsCanBeChangedThroughTheService() {
        Organisation organisation = testData.organisation();
        GeneratedPlan plan = generator.generate(organisation, new Shape(1, 2, 3, 1), 3);
        Action action = actions(reader.tree(organisation.id(), plan.planId())).get(0).action();

        actions.change(organisation.id(), plan.planId(), action.id(), action.version(), new ActionDetails(
                action.sectionId(), action.outcomeId(), action.reference(), "Changed", action.leadPersonId(),
                action.responsiblePersonId(), action.timescaleText(), action.dueDate(), List.of()));

        assertThat(reader.action(organisation.id(), plan.planId(), action.id()).description()).isEqualTo("Changed");
    }

    private List<String> contents(Organisation organisation, GeneratedPlan plan) {
        return actions(reader.tree(organisation.id(), plan.planId())).stream()
                .map(node -> String.join(" | ", node.action().reference(), node.action().description(),
                        node.action().leadName(), String.valueOf(node.action().responsibleName()),
                        String.valueOf(node.action().timescaleText()), String.valueOf(node.action().dueDate()),
                        node.measures().stream().map(m -> m.text() + " " + m.targetValue() + m.targetUnit() + " by "
                                + m.targetDate()).toList().toString(),
                        node.crossReferences().stream().map(CrossReference::reference).toList().toString()))
                .toList();
    }

    private static List<PlanTree.ActionNode> actions(PlanTree tree) {
        return tree.sections().stream()
                .flatMap(section -> Stream.concat(
                        section.outcomes().stream().flatMap(outcome -> outcome.actions().stream()),
                        section.actionsWithoutOutcome().stream()))
                .toList();
    }
}
