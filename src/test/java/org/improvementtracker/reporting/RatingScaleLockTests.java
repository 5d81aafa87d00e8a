package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.support.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A rating is a number on the plan's scale, so the scale stays put once anything is rated. */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class RatingScaleLockTests {

    @Autowired TestData testData;
    @Autowired UserDetailsService accounts;
    @Autowired PlanReader reader;
    @Autowired PlanService plans;
    @Autowired InitialRatings initialRatings;

    @Test
    void theScaleCanChangeUntilTheFirstRatingAndNotAfter() {
        Organisation council = testData.organisation();
        SignedInUser owner = (SignedInUser) accounts.loadUserByUsername(council.username(Role.PLAN_OWNER));
        SmallPlan small = testData.smallPlan(council, PlanStatus.ACTIVE);

        plans.change(council.id(), small.planId(), 0, withScale(reader.plan(council.id(), small.planId()), RatingScale.BRAG));
        assertThat(reader.plan(council.id(), small.planId()).ratingScale()).isEqualTo(RatingScale.BRAG);

        initialRatings.record(owner, small.planId(), List.of(new InitialRatings.Change(small.actionId(), 4, null)));

        Plan rated = reader.plan(council.id(), small.planId());
        assertThatThrownBy(() -> plans.change(council.id(), small.planId(), rated.version(), withScale(rated, RatingScale.RAG)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("ratingScale");
                            assertThat(problem.message()).contains("already rated");
                        }));
        plans.change(council.id(), small.planId(), rated.version(), withScale(rated, RatingScale.BRAG));
        assertThat(reader.plan(council.id(), small.planId()).ratingScale()).as("other changes still go through")
                .isEqualTo(RatingScale.BRAG);
    }

    @Test
    void anInitialRatingOffTheScaleIsRefusedNamingTheAction() {
        Organisation council = testData.organisation();
        SignedInUser owner = (SignedInUser) accounts.loadUserByUsername(council.username(Role.PLAN_OWNER));
        SmallPlan small = testData.smallPlan(council, PlanStatus.ACTIVE);

        assertThatThrownBy(() -> initialRatings.record(owner, small.planId(),
                List.of(new InitialRatings.Change(small.actionId(), 6, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("rating-" + small.actionId());
                            assertThat(problem.message()).isEqualTo("Choose a rating from 1 to 5");
                        }));
        assertThat(initialRatings.ofPlan(council.id(), small.planId())).isEmpty();
    }

    private static PlanDetails withScale(Plan plan, RatingScale scale) {
        return new PlanDetails(plan.title(), plan.versionLabel(), plan.status(), plan.startsOn(), plan.endsOn(),
                plan.vision(), plan.governance(), scale, plan.sectionLabel(), plan.outcomeLabel());
    }
}
