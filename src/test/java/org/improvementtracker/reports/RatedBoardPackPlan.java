package org.improvementtracker.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board pack tests' plan: two sections rated over April to June 2025. 1.2 falls to red, 1.3 stalls at
 * 2, 1.1 completes in June, 2.1 is complete and removable, 2.3 is long overdue with no rating; an
 * indicator of the first section has values for April to June. Needs {@code @Import(TestData.class)}.
 */
final class RatedBoardPackPlan {

    final RatedPlans rated;
    final Organisation organisation;
    final long planId;
    final long frontDoor;
    final long earlyHelp;
    final List<Long> frontDoorActions;
    final List<Long> earlyHelpActions;
    final long indicatorId;
    final Period june;

    RatedBoardPackPlan(ApplicationContext beans) {
        TestData testData = beans.getBean(TestData.class);
        JdbcClient jdbc = beans.getBean(JdbcClient.class);
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        frontDoorActions = rated.section(organisation, planId, "1", 3);
        frontDoor = sectionOf(jdbc, frontDoorActions.get(0));
        earlyHelpActions = new ArrayList<>(rated.section(organisation, planId, "2", 2));
        earlyHelp = sectionOf(jdbc, earlyHelpActions.get(0));
        earlyHelpActions.add(beans.getBean(ActionService.class).add(organisation.id(), planId, new ActionDetails(
                earlyHelp, null, "2.3", "Long overdue action", null, null, "Jan 20", LocalDate.of(2020, 1, 1),
                List.of())));
        List<Long> all = new ArrayList<>(frontDoorActions);
        all.addAll(earlyHelpActions);
        rated.initial(organisation, planId, all, 3, 3, 2, 4, null, null);
        rated.closedWith(organisation, planId, RatedPlans.month(0), all, 3, 2, 2, 4, 1, null);
        rated.closedWith(organisation, planId, RatedPlans.month(1), all, 3, 2, 2, 4, 1, null);
        june = rated.closedWith(organisation, planId, RatedPlans.month(2), all, 4, 1, 2, 5, 2, null);
        indicatorId = testData.indicator(organisation, planId, frontDoor, "FD1");
        long accountId = jdbc.sql("select id from account where username = ?")
                .param(organisation.username(Role.PLAN_OWNER)).query(Long.class).single();
        beans.getBean(IndicatorValues.class).saveAll(organisation.id(), accountId,
                List.of(entry(0, "40.0"), entry(1, "45.0"), entry(2, "42.5")));
    }

    private static long sectionOf(JdbcClient jdbc, long actionId) {
        return jdbc.sql("select section_id from action where id = ?").param(actionId).query(Long.class).single();
    }

    private ValueEntry entry(int month, String value) {
        return new ValueEntry(indicatorId, RatedPlans.month(month), new Figures(new BigDecimal(value), null, null, null),
                null);
    }
}
