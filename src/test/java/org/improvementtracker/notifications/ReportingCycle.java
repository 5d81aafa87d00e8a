package org.improvementtracker.notifications;

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.people.People;
import org.improvementtracker.people.PersonDetails;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Moderation;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * An organisation with a plan in its reporting cycle, built through the real services:
 * Leon (email) leads A1 and A2; Priya (email) is responsible for A1 and leads A3; Sam (no email
 * address) leads A4. Leon's person is linked to the organisation's contributor account.
 * Import with {@code @Import({TestData.class, ReportingCycle.class})}.
 */
@Component
class ReportingCycle {

    private final TestData testData;
    private final People people;
    private final ActionService actions;
    private final PeriodService periods;
    private final UpdateService updates;
    private final Moderation moderation;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final PlanReader plans;

    ReportingCycle(TestData testData, People people, ActionService actions, PeriodService periods,
            UpdateService updates, Moderation moderation, UserDetailsService users, JdbcClient jdbc, PlanReader plans) {
        this.testData = testData;
        this.people = people;
        this.actions = actions;
        this.periods = periods;
        this.updates = updates;
        this.moderation = moderation;
        this.users = users;
        this.jdbc = jdbc;
        this.plans = plans;
    }

    record Fixture(Organisation organisation, SignedInUser owner, long planId, long leon, long priya, long sam,
            long a1, long a2, long a3, long a4, long periodId) {

        String leonEmail() {
            return "leon-" + organisation.id() + "@example.gov.uk";
        }

        String priyaEmail() {
            return "priya-" + organisation.id() + "@example.gov.uk";
        }
    }

    /** The plan and a planned period with this deadline; the period is not opened yet. */
    Fixture withDeadline(LocalDate deadline) {
        Organisation organisation = testData.organisation();
        long org = organisation.id();
        long leon = people.add(org, new PersonDetails("Leon Adeyemi", "Head of Service",
                "leon-" + org + "@example.gov.uk"));
        long priya = people.add(org, new PersonDetails("Priya Shah", "Assistant Director",
                "priya-" + org + "@example.gov.uk"));
        long sam = people.add(org, new PersonDetails("Sam Okoro", "Team Manager", null));
        jdbc.sql("update person set account_id = (select id from account where username = ?) where id = ?")
                .params(organisation.username(Role.CONTRIBUTOR), leon).update();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        long section = testData.section(organisation, planId, "1", "Front door");
        long a1 = action(org, planId, section, "A1", "Review the MASH", leon, priya);
        long a2 = action(org, planId, section, "A2", "Audit referrals", leon, null);
        long a3 = action(org, planId, section, "A3", "Train social workers", priya, null);
        long a4 = action(org, planId, section, "A4", "Publish the threshold document", sam, null);
        long periodId = periods.create(org, planId, new PeriodDetails("Period " + org, deadline.minusDays(30),
                deadline.minusDays(1), deadline));
        return new Fixture(organisation, user(organisation, Role.PLAN_OWNER), planId, leon, priya, sam, a1, a2, a3, a4,
                periodId);
    }

    String planTitle(Fixture fixture) {
        return plans.plan(fixture.organisation().id(), fixture.planId()).title();
    }

    SignedInUser user(Organisation organisation, Role role) {
        return (SignedInUser) users.loadUserByUsername(organisation.username(role));
    }

    void open(Fixture fixture) {
        periods.open(fixture.owner(), fixture.planId(), fixture.periodId(),
                periods.period(fixture.organisation().id(), fixture.planId(), fixture.periodId()).version());
    }

    ProgressUpdate submit(Fixture fixture, long actionId) {
        Integer version = updates.update(fixture.organisation().id(), actionId, fixture.periodId())
                .map(ProgressUpdate::version).orElse(null);
        return updates.save(fixture.owner(), fixture.planId(), actionId, fixture.periodId(), version,
                new UpdateDraft(3, "On track: the work is under way", null, true));
    }

    void giveBack(Fixture fixture, ProgressUpdate update, String comment) {
        moderation.giveBack(fixture.owner(), fixture.planId(), update.id(), update.version(), comment);
    }

    private long action(long org, long planId, long section, String reference, String description, Long lead,
            Long responsible) {
        return actions.add(org, planId, new ActionDetails(section, null, reference, description, lead, responsible,
                "Mar 27", null, List.of()));
    }
}
