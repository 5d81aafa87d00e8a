package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The board pack, and the committee summary and exceptions report drawn from it, read a fixed number
 * of statements, however many sections, actions, indicators and periods the plan has: one query per
 * section, action, indicator or period would send more for the bigger plan.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.class})
class BoardPackStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    StatementCounter counter;

    @Autowired
    IndicatorValues values;

    @Autowired
    JdbcClient jdbc;

    RatedPlans rated;

    record RatedPlan(long planId, long latestPeriodId) {
    }

    @BeforeEach
    void ratedPlans() {
        rated = new RatedPlans(beans);
    }

    @Test
    void aBiggerPlanWithMorePeriodsAndIndicatorsTakesAsManyStatements() throws Exception {
        Organisation organisation = testData.organisation();
        RatedPlan small = plan(organisation, 2, 2, 2, 1);
        RatedPlan bigger = plan(organisation, 4, 8, 6, 3);

        Map<String, Integer> forSmall = statements(organisation, small);
        Map<String, Integer> forBigger = statements(organisation, bigger);

        assertThat(forSmall).allSatisfy((read, count) -> assertThat(count).as(read).isPositive());
        assertThat(forBigger).as("statements per board pack of 32 actions, 12 indicators and 6 periods, against"
                + " 4 actions, 2 indicators and 2 periods").isEqualTo(forSmall);
    }

    /** Sections of rated actions and indicators with values, every period closed. */
    private RatedPlan plan(Organisation organisation, int sections, int actionsEach, int periods, int indicatorsEach) {
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        long accountId = jdbc.sql("select id from account where username = ?")
                .param(organisation.username(Role.PLAN_OWNER)).query(Long.class).single();
        List<Long> actions = new ArrayList<>();
        List<ValueEntry> entries = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            List<Long> inSection = rated.section(organisation, planId, String.valueOf(s), actionsEach);
            actions.addAll(inSection);
            long sectionId = jdbc.sql("select section_id from action where id = ?").param(inSection.get(0))
                    .query(Long.class).single();
            for (int i = 0; i < indicatorsEach; i++) {
                long indicatorId = testData.indicator(organisation, planId, sectionId, "S" + s + "I" + i);
                for (int p = 0; p < periods; p++) {
                    entries.add(new ValueEntry(indicatorId, RatedPlans.month(p),
                            new Figures(BigDecimal.valueOf(40 + p), null, null, null), null));
                }
            }
        }
        values.saveAll(organisation.id(), accountId, entries);
        Integer[] ratings = new Integer[actions.size()];
        Period latest = null;
        for (int p = 0; p < periods; p++) {
            for (int a = 0; a < ratings.length; a++) {
                ratings[a] = a == 0 ? null : 1 + (a + p) % 4;
            }
            latest = rated.closedWith(organisation, planId, RatedPlans.month(p), actions, Arrays.copyOf(ratings,
                    ratings.length));
        }
        return new RatedPlan(planId, latest.id());
    }

    private Map<String, Integer> statements(Organisation organisation, RatedPlan plan) {
        String period = "?period=" + plan.latestPeriodId();
        int api = statementsOf(get("/api/plans/" + plan.planId() + "/board-pack" + period)
                .with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)));
        int page = statementsOf(get("/plans/" + plan.planId() + "/board-pack")
                .with(user(rated.user(organisation, Role.VIEWER))));
        int allOptions = statementsOf(get("/plans/" + plan.planId() + "/board-pack" + period
                + "&includeCompleted=true&pastPeriods=12").with(user(rated.user(organisation, Role.VIEWER))));
        int summary = statementsOf(get("/api/plans/" + plan.planId() + "/summary" + period)
                .with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)));
        int summaryPage = statementsOf(get("/plans/" + plan.planId() + "/committee-summary")
                .with(user(rated.user(organisation, Role.PLAN_OWNER))));
        int exceptionsPage = statementsOf(get("/plans/" + plan.planId() + "/exceptions-report")
                .with(user(rated.user(organisation, Role.VIEWER))));
        return Map.of("board pack API", api, "board pack page", page, "board pack page, twelve periods", allOptions,
                "committee summary API", summary, "committee summary page", summaryPage, "exceptions report page",
                exceptionsPage);
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
