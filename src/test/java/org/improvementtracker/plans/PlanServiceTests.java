package org.improvementtracker.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class PlanServiceTests {

    @Autowired TestData testData;
    @Autowired PlanReader reader;
    @Autowired PlanService plans;
    @Autowired SectionService sections;
    @Autowired OutcomeService outcomes;
    @Autowired ActionService actions;
    @Autowired SuccessMeasureService measures;
    @Autowired JdbcClient jdbc;

    Organisation council;

    @BeforeEach
    void council() {
        council = testData.organisation();
    }

    @Test
    void readsTheWholePlanAsATree() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.ACTIVE);
        long loose = testData.action(council, small.planId(), small.sectionId(), null, "1.0 i)", "Whole-section action", "TBC");

        PlanTree tree = reader.tree(council.id(), small.planId());

        PlanTree.SectionNode section = tree.sections().get(0);
        assertThat(section.section().title()).isEqualTo("Front door");
        assertThat(section.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.outcome().tags()).containsExactly("Ofsted recommendation 1");
            PlanTree.ActionNode action = outcome.actions().get(0);
            assertThat(action.action().reference()).isEqualTo("1.1 i)");
            assertThat(action.action().timescaleText()).isEqualTo("Sept 25 - Jan 26");
            assertThat(action.action().dueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(action.measures()).extracting(SuccessMeasure::target).containsExactly("80 %");
        });
        assertThat(section.actionsWithoutOutcome()).extracting(node -> node.action().id()).containsExactly(loose);
        assertThat(section.actionsWithoutOutcome().get(0).action().dueDate()).as("TBC is never guessed").isNull();
    }

    @Test
    void anExplicitDueDateWinsOverTheTimescale() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.DRAFT);
        Action action = reader.action(council.id(), small.planId(), small.actionId());

        actions.change(council.id(), small.planId(), action.id(), action.version(), new ActionDetails(action.sectionId(),
                action.outcomeId(), action.reference(), action.description(), null, null, "Ongoing",
                LocalDate.of(2026, 7, 15), List.of()));

        Action changed = reader.action(council.id(), small.planId(), action.id());
        assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(changed.timescaleText()).isEqualTo("Ongoing");
        assertThat(changed.timescale().parsed()).isFalse();
    }

    @Test
    void aStaleVersionIsRefusedAndTheOtherChangeSurvives() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.DRAFT);
        Action loaded = reader.action(council.id(), small.planId(), small.actionId());
        actions.change(council.id(), small.planId(), loaded.id(), loaded.version(), details(loaded, "First person's text"));

        assertThatThrownBy(() -> actions.change(council.id(), small.planId(), loaded.id(), loaded.version(),
                details(loaded, "Second person's text"))).isInstanceOf(ConflictException.class);

        assertThat(reader.action(council.id(), small.planId(), loaded.id()).description()).isEqualTo("First person's text");
    }

    @Test
    void staleVersionsAreRefusedForEveryKindOfRecord() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.DRAFT);
        Plan plan = reader.plan(council.id(), small.planId());
        PlanDetails planDetails = new PlanDetails("Renamed", null, PlanStatus.DRAFT, null, null, null, null,
                RatingScale.RAG, "Theme", "Outcome");
        plans.change(council.id(), plan.id(), plan.version(), planDetails);
        assertThatThrownBy(() -> plans.change(council.id(), plan.id(), plan.version(), planDetails))
                .isInstanceOf(ConflictException.class);

        SectionDetails sectionDetails = new SectionDetails("1", "Renamed", null, null);
        sections.change(council.id(), plan.id(), small.sectionId(), 0, sectionDetails);
        assertThatThrownBy(() -> sections.change(council.id(), plan.id(), small.sectionId(), 0, sectionDetails))
                .isInstanceOf(ConflictException.class);

        OutcomeDetails outcomeDetails = new OutcomeDetails("1.1", "Renamed", null);
        outcomes.change(council.id(), plan.id(), small.outcomeId(), 0, outcomeDetails);
        assertThatThrownBy(() -> outcomes.change(council.id(), plan.id(), small.outcomeId(), 0, outcomeDetails))
                .isInstanceOf(ConflictException.class);

        SuccessMeasureDetails measureDetails = new SuccessMeasureDetails("Renamed", null, null, null);
        measures.change(council.id(), plan.id(), small.measureId(), 0, measureDetails);
        assertThatThrownBy(() -> measures.change(council.id(), plan.id(), small.measureId(), 0, measureDetails))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> measures.remove(council.id(), plan.id(), small.measureId(), 0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void removingFromADraftDeletesEverythingUnderneath() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.DRAFT);

        Removal removal = sections.remove(council.id(), small.planId(), small.sectionId(), 0);

        assertThat(removal).isEqualTo(Removal.DELETED);
        assertThat(count("section", small.planId())).isZero();
        assertThat(count("outcome", small.planId())).isZero();
        assertThat(count("action", small.planId())).isZero();
        assertThat(count("success_measure", small.planId())).isZero();
    }

    @Test
    void removingFromAnActivePlanArchivesAndKeepsTheRecord() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.ACTIVE);

        Removal removal = outcomes.remove(council.id(), small.planId(), small.outcomeId(), 0);

        assertThat(removal).isEqualTo(Removal.ARCHIVED);
        assertThat(count("outcome", small.planId())).isEqualTo(1);
        assertThat(count("action", small.planId())).isEqualTo(1);
        assertThat(reader.tree(council.id(), small.planId()).sections().get(0).outcomes()).isEmpty();
        assertThat(reader.search(council.id(), small.planId(), new ActionFilter(null, null, null, null, null))).isEmpty();
        Action archived = reader.action(council.id(), small.planId(), small.actionId());
        assertThat(archived.archived()).as("the archived action is still reachable by link").isTrue();
    }

    @Test
    void removingAWholePlan() {
        long draft = testData.plan(council, PlanStatus.DRAFT);
        SmallPlan active = testData.smallPlan(council, PlanStatus.ACTIVE);

        assertThat(plans.remove(council.id(), draft, 0)).isEqualTo(Removal.DELETED);
        assertThat(plans.remove(council.id(), active.planId(), 0)).isEqualTo(Removal.ARCHIVED);

        assertThat(reader.plans(council.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from plan where id = ?").param(active.planId()).query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> reader.plan(council.id(), active.planId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesSectionsAndActionsOnePlaceAtATime() {
        long planId = testData.plan(council, PlanStatus.DRAFT);
        long first = testData.section(council, planId, "1", "First");
        long second = testData.section(council, planId, "2", "Second");
        long third = testData.section(council, planId, "3", "Third");

        sections.move(council.id(), planId, third, MoveDirection.UP);
        sections.move(council.id(), planId, first, MoveDirection.UP);

        assertThat(reader.sections(council.id(), planId)).extracting(Section::id).containsExactly(first, third, second);

        long a = testData.action(council, planId, first, null, "a", "A", null);
        long b = testData.action(council, planId, first, null, "b", "B", null);
        actions.move(council.id(), planId, a, MoveDirection.DOWN);
        actions.move(council.id(), planId, a, MoveDirection.DOWN);
        assertThat(reader.sectionTree(council.id(), planId, first).actionsWithoutOutcome())
                .extracting(node -> node.action().id()).containsExactly(b, a);
    }

    @Test
    void crossReferencesMustNameActionsOfTheSamePlan() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.DRAFT);
        long other = testData.action(council, small.planId(), small.sectionId(), null, "2.0 i)", "Other", null);
        Action action = reader.action(council.id(), small.planId(), small.actionId());

        assertThatThrownBy(() -> actions.change(council.id(), small.planId(), action.id(), action.version(),
                withReferences(action, List.of("9.9 ix)"))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("crossReferences");
                            assertThat(problem.message()).contains("9.9 ix)");
                        }));
        assertThatThrownBy(() -> actions.change(council.id(), small.planId(), action.id(), action.version(),
                withReferences(action, List.of("1.1 i)")))).isInstanceOf(InvalidInputException.class);

        actions.change(council.id(), small.planId(), action.id(), action.version(), withReferences(action, List.of("2.0 i)")));
        assertThat(reader.crossReferences(action.id())).extracting(CrossReference::referencedActionId).containsExactly(other);
    }

    @Test
    void referencesAreUniqueWithinAPlanAndOutcomesMustBelongToTheSection() {
        SmallPlan small = testData.smallPlan(council, PlanStatus.DRAFT);
        long otherSection = testData.section(council, small.planId(), "2", "Other");

        assertThatThrownBy(() -> actions.add(council.id(), small.planId(), new ActionDetails(small.sectionId(), null,
                "1.1 i)", "Duplicate", null, null, null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("reference"));
        assertThatThrownBy(() -> actions.add(council.id(), small.planId(), new ActionDetails(otherSection,
                small.outcomeId(), "2.1 i)", "Wrong outcome", null, null, null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("outcomeId"));
        assertThat(count("action", small.planId())).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsRecordsAreNotFoundInTheDataLayer() {
        SmallPlan theirs = testData.smallPlan(council, PlanStatus.ACTIVE);
        Organisation other = testData.organisation();
        long otherId = other.id();

        assertThatThrownBy(() -> reader.plan(otherId, theirs.planId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.tree(otherId, theirs.planId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.action(otherId, theirs.planId(), theirs.actionId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sections.change(otherId, theirs.planId(), theirs.sectionId(), 0,
                new SectionDetails("1", "Hijacked", null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> measures.remove(otherId, theirs.planId(), theirs.measureId(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.remove(otherId, theirs.planId(), 0)).isInstanceOf(NotFoundException.class);
        long ownPlan = testData.plan(other, PlanStatus.DRAFT);
        long ownSection = testData.section(other, ownPlan, "1", "Own");
        assertThatThrownBy(() -> actions.add(otherId, ownPlan, new ActionDetails(theirs.sectionId(), null, "x", "x",
                null, null, null, null, List.of()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sections.add(otherId, ownPlan, new SectionDetails("2", "x",
                null, testData.person(council, "Someone of theirs")))).isInstanceOf(InvalidInputException.class);
        assertThat(reader.section(otherId, ownPlan, ownSection).title()).isEqualTo("Own");
        assertThat(reader.section(council.id(), theirs.planId(), theirs.sectionId()).title()).isEqualTo("Front door");
    }

    private long count(String table, long planId) {
        return jdbc.sql("select count(*) from " + table + " where plan_id = ?").param(planId).query(Long.class).single();
    }

    private static ActionDetails details(Action action, String description) {
        return new ActionDetails(action.sectionId(), action.outcomeId(), action.reference(), description,
                action.leadPersonId(), action.responsiblePersonId(), action.timescaleText(), null, List.of());
    }

    private static ActionDetails withReferences(Action action, List<String> references) {
        return new ActionDetails(action.sectionId(), action.outcomeId(), action.reference(), action.description(),
                null, null, action.timescaleText(), null, references);
    }
}
