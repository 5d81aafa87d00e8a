package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading indicators takes a fixed number of statements however many indicators and months there are:
 * one query per indicator or per month would send more for the larger plan.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.class})
class IndicatorStatementCountTests {

    static final YearMonth FIRST = YearMonth.of(2025, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorReader reader;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Organisation organisation;

    @Test
    void thePlansTableTakesAsManyStatementsFor12IndicatorsOf24MonthsAsFor1Of1() {
        organisation = testData.organisation();
        long small = planWith(1, 1);
        long large = planWith(12, 24);

        assertThat(statementsOfTable(large, "2027-03")).isEqualTo(statementsOfTable(small, "2025-04"));
        assertThat(counter.statementsOf(() -> reader.ofPlan(organisation.id(), large, null, FIRST, FIRST.plusMonths(23))))
                .isEqualTo(counter.statementsOf(() -> reader.ofPlan(organisation.id(), small, null, FIRST, FIRST)))
                .isEqualTo(3);
    }

    @Test
    void theTablePageTakesAsManyStatementsFor12IndicatorsOf24MonthsAsFor1Of1() {
        organisation = testData.organisation();
        long small = planWith(1, 1);
        long large = planWith(12, 24);

        assertThat(statementsOf("/plans/" + large + "/indicators?month=2027-03"))
                .isEqualTo(statementsOf("/plans/" + small + "/indicators?month=2025-04"));
    }

    @Test
    void theIndicatorPageTakesAsManyStatementsWithItsHistoryAsWithout() {
        organisation = testData.organisation();
        long plan = planWith(2, 24);
        long full = jdbc.sql("select min(id) from indicator where plan_id = ?").param(plan).query(Long.class).single();
        long empty = testData.indicator(organisation, plan, null, "EMPTY");

        assertThat(statementsOf("/indicators/" + full + "?month=2027-03"))
                .isEqualTo(statementsOf("/indicators/" + empty + "?month=2027-03"));
    }

    @Test
    void oneIndicatorTakesAsManyStatementsWithItsHistoryAsWithout() {
        organisation = testData.organisation();
        long plan = planWith(2, 24);
        List<Long> ids = jdbc.sql("select id from indicator where plan_id = ? order by id").param(plan)
                .query(Long.class).list();
        long empty = testData.indicator(organisation, plan, null, "EMPTY");

        assertThat(counter.statementsOf(() -> reader.detail(organisation.id(), ids.get(0))))
                .isEqualTo(counter.statementsOf(() -> reader.detail(organisation.id(), empty)));
    }

    private int statementsOfTable(long planId, String month) {
        return counter.statementsOf(() -> {
            try {
                mvc.perform(get("/api/plans/" + planId + "/indicators").param("month", month)
                        .with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)))
                        .andExpect(status().isOk());
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        });
    }

    private int statementsOf(String page) {
        return counter.statementsOf(() -> {
            try {
                mvc.perform(get(page).with(user(users.loadUserByUsername(organisation.username(Role.VIEWER)))))
                        .andExpect(status().isOk());
            } catch (Exception failed) {
                throw new AssertionError(failed);
            }
        });
    }

    private long planWith(int indicators, int months) {
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        long accountId = jdbc.sql("select id from account where username = ?")
                .param(organisation.username(Role.PLAN_OWNER)).query(Long.class).single();
        List<ValueEntry> entries = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            long indicatorId = testData.indicator(organisation, planId, null, "I" + i);
            IntStream.range(0, months).forEach(month -> entries.add(new ValueEntry(indicatorId,
                    FIRST.plusMonths(month), new Figures(BigDecimal.valueOf(50 + month), null, null, null), null)));
        }
        values.saveAll(organisation.id(), accountId, entries);
        return planId;
    }
}
