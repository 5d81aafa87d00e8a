package org.improvementtracker.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A plan ready for the reporting cycle: an organisation (one account per role), an active plan whose
 * actions are all led by one person, and that person linked to the organisation's contributor account.
 * Built from the application's beans rather than being one, so test classes share the cached context.
 */
public final class CycleFixture {

    private final TestData testData;
    private final ActionService actions;
    private final PeriodService periods;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Clock clock;

    public CycleFixture(ApplicationContext context) {
        this.testData = context.getBean(TestData.class);
        this.actions = context.getBean(ActionService.class);
        this.periods = context.getBean(PeriodService.class);
        this.users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    /** @param leadId the person leading every action, linked to the contributor account */
    public record Cycle(Organisation organisation, long planId, long sectionId, long leadId, List<Long> actionIds) {

        public long actionId() {
            return actionIds.get(0);
        }

        public String username(Role role) {
            return organisation.username(role);
        }
    }

    public Cycle plan(int actionCount) {
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        long sectionId = testData.section(organisation, planId, "1", "Front door");
        long leadId = testData.person(organisation, "Leon Adeyemi");
        jdbc.sql("update person set account_id = (select id from account where username = ?) where id = ?")
                .params(organisation.username(Role.CONTRIBUTOR), leadId).update();
        List<Long> actionIds = new ArrayList<>();
        for (int i = 1; i <= actionCount; i++) {
            actionIds.add(actions.add(organisation.id(), planId, new ActionDetails(sectionId, null, "1." + i,
                    "Action " + i + " of the front door", leadId, null, "Dec 27", null, List.of())));
        }
        return new Cycle(organisation, planId, sectionId, leadId, actionIds);
    }

    public SignedInUser user(Cycle cycle, Role role) {
        return (SignedInUser) users.loadUserByUsername(cycle.username(role));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A period around today, with its deadline {@code daysToDeadline} from today. */
    public long period(Cycle cycle, String label, int daysToDeadline) {
        LocalDate today = today();
        return periods.create(cycle.organisation().id(), cycle.planId(), new PeriodDetails(label,
                today.minusDays(20), today.plusDays(5), today.plusDays(daysToDeadline)));
    }

    public long openPeriod(Cycle cycle, String label, int daysToDeadline) {
        long periodId = period(cycle, label, daysToDeadline);
        periods.open(user(cycle, Role.PLAN_OWNER), cycle.planId(), periodId, 0);
        return periodId;
    }

    public long periodIdOf(Cycle cycle, String label) {
        return periods.periods(cycle.organisation().id(), cycle.planId()).stream()
                .filter(period -> period.label().equals(label)).findFirst().orElseThrow().id();
    }

    public Period period(Cycle cycle, long periodId) {
        return periods.period(cycle.organisation().id(), cycle.planId(), periodId);
    }
}
