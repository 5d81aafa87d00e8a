package org.improvementtracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The scores API and the dashboard read a fixed number of statements, however many actions and periods
 * the plan has: one query per section, action or period would send more for the bigger plan.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.class})
class ReportingStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    StatementCounter counter;

    RatedPlans rated;

    record RatedPlan(long planId, long latestPeriodId) {
    }

    @BeforeEach
    void ratedPlans() {
        rated = new RatedPlans(beans);
    }

    @Test
    void scoresAndDashboardOfABiggerPlanWithMorePeriodsTakeAsManyStatements() throws Exception {
        Organisation organisation = testData.organisation();
        RatedPlan small = plan(organisation, 2, 3, 2);
        RatedPlan bigger = plan(organisation, 4, 12, 6);

        Map<String, Integer> forSmall = statements(organisation, small);
        Map<String, Integer> forBigger = statements(organisation, bigger);

        assertThat(forSmall).allSatisfy((read, count) -> assertThat(count).as(read).isPositive());
        assertThat(forBigger).as("statements per read of 48 actions over 6 periods, against 6 over 2")
                .isEqualTo(forSmall);
    }

    /** Sections of actions rated in every period, the latest open with one action short of an update. */
    private RatedPlan plan(Organisation organisation, int sections, int actionsEach, int periods) {
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            actions.addAll(rated.section(organisation, planId, String.valueOf(s), actionsEach));
        }
        Integer[] ratings = new Integer[actions.size()];
        Arrays.fill(ratings, 2);
        rated.initial(organisation, planId, actions, ratings);
        Period latest = null;
        for (int p = 0; p < periods; p++) {
            for (int a = 0; a < ratings.length; a++) {
                ratings[a] = a == 0 ? null : 1 + (a + p) % 5;
            }
            if (latest != null) {
                rated.close(organisation, latest);
            }
            latest = rated.open(organisation, planId, RatedPlans.month(p));
            rated.submit(organisation, latest, actions, ratings);
        }
        return new RatedPlan(planId, latest.id());
    }

    private Map<String, Integer> statements(Organisation organisation, RatedPlan plan) {
        String period = "?period=" + plan.latestPeriodId();
        var viewer = user(rated.user(organisation, Role.VIEWER));
        int scores = statementsOf(get("/api/plans/" + plan.planId() + "/scores" + period)
                .with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)));
        int dashboard = statementsOf(get("/plans/" + plan.planId() + "/dashboard" + period).with(viewer));
        int defaultDashboard = statementsOf(get("/plans/" + plan.planId() + "/dashboard").with(viewer));
        return Map.of("scores API", scores, "dashboard", dashboard, "dashboard of the live period", defaultDashboard);
    }

    private int statementsOf(MockHttpServletRequestBuilder request) {
        return counter.statementsOf(() -> {
            try {
                mvc.perform(request).andExpect(status().isOk());
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        });
    }
}
