package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The baseline form is saved whole or not at all: one bad value or one stale row and nothing changes. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class InitialRatingsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InitialRatings initialRatings;

    Cycle cycle;
    SignedInUser owner;
    long first;
    long second;
    long third;

    @BeforeEach
    void planWithThreeActions() {
        CycleFixture fixture = new CycleFixture(context);
        cycle = fixture.plan(3);
        owner = fixture.user(cycle, Role.PLAN_OWNER);
        first = cycle.actionIds().get(0);
        second = cycle.actionIds().get(1);
        third = cycle.actionIds().get(2);
    }

    @Test
    void recordsNewAndChangedRatingsAndNotRatedAsItsOwnValue() {
        initialRatings.record(owner, cycle.planId(), List.of(new InitialRatings.Change(first, 2, null),
                new InitialRatings.Change(second, null, null)));
        initialRatings.record(owner, cycle.planId(), List.of(new InitialRatings.Change(first, 3, 0)));

        assertThat(ratings()).containsExactlyInAnyOrderEntriesOf(Map.of(first, new InitialRating(first, 3, 1),
                second, new InitialRating(second, null, 0)));
        assertThat(initialRatings.anyFor(cycle.organisation().id(), cycle.planId())).isTrue();
    }

    @Test
    void oneBadValueSavesNoneOfTheForm() {
        initialRatings.record(owner, cycle.planId(), List.of(new InitialRatings.Change(first, 2, null)));

        assertThatThrownBy(() -> initialRatings.record(owner, cycle.planId(), List.of(
                new InitialRatings.Change(first, 3, 0), new InitialRatings.Change(second, 6, null),
                new InitialRatings.Change(third, 0, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("rating-" + second, "Choose a rating from 1 to 5"),
                                new FieldProblem("rating-" + third, "Choose a rating from 1 to 5")));

        assertThat(ratings()).containsExactly(Map.entry(first, new InitialRating(first, 2, 0)));
    }

    @Test
    void anActionOfAnotherPlanIsRefused() {
        Cycle other = new CycleFixture(context).plan(1);

        assertThatThrownBy(() -> initialRatings.record(owner, cycle.planId(),
                List.of(new InitialRatings.Change(other.actionId(), 3, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Not an action of this plan");
        assertThat(ratings()).isEmpty();
    }

    @Test
    void aStaleRowSavesNoneOfTheForm() {
        initialRatings.record(owner, cycle.planId(), List.of(new InitialRatings.Change(first, 2, null)));
        initialRatings.record(owner, cycle.planId(), List.of(new InitialRatings.Change(first, 1, 0)));

        assertThatThrownBy(() -> initialRatings.record(owner, cycle.planId(), List.of(
                new InitialRatings.Change(second, 4, null), new InitialRatings.Change(first, 5, 0))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> initialRatings.record(owner, cycle.planId(), List.of(
                new InitialRatings.Change(third, 4, null), new InitialRatings.Change(first, 5, null))))
                .as("a row someone else rated first, sent as new").isInstanceOf(ConflictException.class);

        assertThat(ratings()).containsExactly(Map.entry(first, new InitialRating(first, 1, 1)));
    }

    private Map<Long, InitialRating> ratings() {
        return initialRatings.ofPlan(cycle.organisation().id(), cycle.planId());
    }
}
