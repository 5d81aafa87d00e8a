package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.improvementtracker.reports.publishing.PublishedPacks;
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
 * The list of published packs and the timeline read a fixed number of statements: one query per pack,
 * file, section, action or milestone would send more for the bigger plan.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.class})
class PublishedAndTimelineStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    StatementCounter counter;

    @Autowired
    PublishedPacks published;

    @Autowired
    SuccessMeasureService measures;

    @Autowired
    JdbcClient jdbc;

    RatedPlans rated;
    Organisation organisation;

    @BeforeEach
    void organisation() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
    }

    @Test
    void moreSectionsActionsMilestonesAndPublishedPacksTakeAsManyStatements() throws Exception {
        long small = plan(1, 2, 1, 1);
        long bigger = plan(3, 5, 3, 4);

        Map<String, Integer> forSmall = statements(small);
        Map<String, Integer> forBigger = statements(bigger);

        assertThat(forSmall).allSatisfy((read, count) -> assertThat(count).as(read).isPositive());
        assertThat(forBigger).as("statements for 15 actions, 3 periods and 4 packs against 2 actions, 1 period and 1 pack")
                .isEqualTo(forSmall);
    }

    /** Dated actions, each with a milestone, rated and closed for each period, and packs published of the last. */
    private long plan(int sections, int actionsEach, int periods, int packs) {
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            actions.addAll(rated.section(organisation, planId, String.valueOf(s), actionsEach));
        }
        for (int a = 0; a < actions.size(); a++) {
            jdbc.sql("update action set due_date = ? where id = ?").params(LocalDate.of(2026, 1 + a % 12, 1),
                    actions.get(a)).update();
            measures.add(organisation.id(), planId, actions.get(a), new SuccessMeasureDetails("Milestone " + a,
                    BigDecimal.TEN, "%", LocalDate.of(2026, 1 + a % 12, 15)));
        }
        Integer[] ratings = actions.stream().map(id -> 2).toArray(Integer[]::new);
        Period last = null;
        for (int p = 0; p < periods; p++) {
            last = rated.closedWith(organisation, planId, RatedPlans.month(p), actions, ratings);
        }
        for (int i = 0; i < packs; i++) {
            published.publish(rated.user(organisation, Role.PLAN_OWNER), planId, last.id(), BoardPackOptions.defaults());
        }
        return planId;
    }

    private Map<String, Integer> statements(long planId) {
        var viewer = user(rated.user(organisation, Role.VIEWER));
        var basic = httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD);
        return Map.of("published page", statementsOf(get("/plans/" + planId + "/published").with(viewer)),
                "published API", statementsOf(get("/api/plans/" + planId + "/published").with(basic)),
                "timeline page", statementsOf(get("/plans/" + planId + "/timeline").with(viewer)),
                "timeline API", statementsOf(get("/api/plans/" + planId + "/timeline").with(basic)));
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
