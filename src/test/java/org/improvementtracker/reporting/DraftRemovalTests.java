package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.Removal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A draft plan is not yet on record: removing it, or one of its actions, takes its trial reporting with it. */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class DraftRemovalTests {

    @Autowired TestData testData;
    @Autowired UserDetailsService accounts;
    @Autowired PlanService plans;
    @Autowired ActionService actions;
    @Autowired PeriodService periods;
    @Autowired UpdateService updates;
    @Autowired InitialRatings initialRatings;
    @Autowired JdbcClient jdbc;

    @Test
    void aDraftActionWithRatingsAndAnUpdateIsDeletedWithThem() {
        Organisation council = testData.organisation();
        SmallPlan draft = testData.smallPlan(council, PlanStatus.DRAFT);
        rate(council, draft);

        assertThat(actions.remove(council.id(), draft.planId(), draft.actionId(), 0)).isEqualTo(Removal.DELETED);

        assertThat(count("progress_update", "action_id", draft.actionId())).isZero();
        assertThat(count("progress_update_event", "action_id", draft.actionId())).isZero();
        assertThat(count("initial_rating", "action_id", draft.actionId())).isZero();
        assertThat(count("reporting_period", "plan_id", draft.planId())).as("the period stays with its plan").isOne();
    }

    @Test
    void aDraftPlanWithPeriodsIsDeletedWithThem() {
        Organisation council = testData.organisation();
        SmallPlan draft = testData.smallPlan(council, PlanStatus.DRAFT);
        rate(council, draft);

        assertThat(plans.remove(council.id(), draft.planId(), 0)).isEqualTo(Removal.DELETED);

        assertThat(count("reporting_period", "plan_id", draft.planId())).isZero();
        assertThat(count("period_event", "organisation_id", council.id())).isZero();
        assertThat(count("progress_update", "plan_id", draft.planId())).isZero();
    }

    private void rate(Organisation council, SmallPlan draft) {
        SignedInUser owner = (SignedInUser) accounts.loadUserByUsername(council.username(Role.PLAN_OWNER));
        long periodId = periods.create(council.id(), draft.planId(), new PeriodDetails("May 2026",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 10)));
        periods.open(owner, draft.planId(), periodId, 0);
        initialRatings.record(owner, draft.planId(), List.of(new InitialRatings.Change(draft.actionId(), 2, null)));
        updates.save(owner, draft.planId(), draft.actionId(), periodId, null,
                new UpdateDraft(3, "Trial update", null, true));
    }

    private long count(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id)
                .query(Long.class).single();
    }
}
