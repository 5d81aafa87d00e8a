package org.improvementtracker.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Plans with reporting history, built through the real services as a plan owner: monthly periods,
 * submitted, approved, drafted and returned updates, and initial ratings. Not a bean of its own, so
 * tests using it share the application context (and its connection pool) of the other web tests.
 */
public class RatedPlans {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final TestData testData;
    private final UserDetailsService accounts;
    private final PeriodService periods;
    private final UpdateService updates;
    private final Moderation moderation;
    private final InitialRatings initialRatings;
    private final ActionService actions;
    private final JdbcClient jdbc;

    /** Takes the services from a test's application context, which must import {@link TestData}. */
    public RatedPlans(ApplicationContext beans) {
        this.testData = beans.getBean(TestData.class);
        this.accounts = beans.getBean(UserDetailsService.class);
        this.periods = beans.getBean(PeriodService.class);
        this.updates = beans.getBean(UpdateService.class);
        this.moderation = beans.getBean(Moderation.class);
        this.initialRatings = beans.getBean(InitialRatings.class);
        this.actions = beans.getBean(ActionService.class);
        this.jdbc = beans.getBean(JdbcClient.class);
    }

    public SignedInUser user(Organisation organisation, Role role) {
        return (SignedInUser) accounts.loadUserByUsername(organisation.username(role));
    }

    /** A section with this many actions (no due date, so none is overdue), their ids in plan order. */
    public List<Long> section(Organisation organisation, long planId, String number, int actions) {
        long sectionId = testData.section(organisation, planId, number, "Section " + number);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= actions; i++) {
            ids.add(testData.action(organisation, planId, sectionId, null, number + "." + i,
                    "Action " + i + " of section " + number, null));
        }
        return ids;
    }

    /** An action led by a person linked to the account of this role: what that account may update. */
    public long actionLedBy(Organisation organisation, long planId, long sectionId, Role role) {
        long personId = testData.person(organisation, "Lead " + organisation.username(role));
        jdbc.sql("update person set account_id = (select id from account where username = ?) where id = ?")
                .params(organisation.username(role), personId).update();
        return actions.add(organisation.id(), planId, new ActionDetails(sectionId, null, "L" + personId,
                "Led by " + organisation.username(role), personId, null, null, null, List.of()));
    }

    /** A planned period covering the month, labelled "May 2026", with its deadline five days after. */
    public Period planned(Organisation organisation, long planId, YearMonth month) {
        long id = periods.create(organisation.id(), planId, new PeriodDetails(MONTH.format(month), month.atDay(1),
                month.atEndOfMonth(), month.atEndOfMonth().plusDays(5)));
        return period(organisation, planId, id);
    }

    public Period open(Organisation organisation, long planId, YearMonth month) {
        Period period = planned(organisation, planId, month);
        periods.open(user(organisation, Role.PLAN_OWNER), planId, period.id(), period.version());
        return period(organisation, planId, period.id());
    }

    public Period close(Organisation organisation, Period period) {
        Period current = period(organisation, period.planId(), period.id());
        periods.close(user(organisation, Role.PLAN_OWNER), period.planId(), period.id(), current.version());
        return period(organisation, period.planId(), period.id());
    }

    /** Opens the month, submits these ratings for the actions in order (null: no update), and closes it. */
    public Period closedWith(Organisation organisation, long planId, YearMonth month, List<Long> actionIds,
            Integer... ratings) {
        Period period = open(organisation, planId, month);
        submit(organisation, period, actionIds, ratings);
        return close(organisation, period);
    }

    /** Submits ratings for the actions in order; a null rating leaves that action without an update. */
    public void submit(Organisation organisation, Period period, List<Long> actionIds, Integer... ratings) {
        for (int i = 0; i < ratings.length; i++) {
            if (ratings[i] != null) {
                submit(organisation, period, actionIds.get(i), ratings[i], "Update on " + actionIds.get(i));
            }
        }
    }

    public ProgressUpdate submit(Organisation organisation, Period period, long actionId, int rating, String text) {
        return save(organisation, period, actionId, new UpdateDraft(rating, text, "Evidence " + text, true));
    }

    public ProgressUpdate draft(Organisation organisation, Period period, long actionId, int rating) {
        return save(organisation, period, actionId, new UpdateDraft(rating, "Draft", null, false));
    }

    /** Submits, then the owner returns it with a comment: it no longer counts. */
    public ProgressUpdate returned(Organisation organisation, Period period, long actionId, int rating) {
        ProgressUpdate submitted = submit(organisation, period, actionId, rating, "To be returned");
        moderation.giveBack(user(organisation, Role.PLAN_OWNER), period.planId(), submitted.id(),
                submitted.version(), "Add the evidence");
        return moderation.update(organisation.id(), period.planId(), submitted.id());
    }

    /** Approves the update, with another rating and a reason when finalRating differs from the proposed one. */
    public ProgressUpdate approve(Organisation organisation, ProgressUpdate update, Integer finalRating, String reason) {
        moderation.approve(user(organisation, Role.PLAN_OWNER), update.planId(), update.id(), update.version(),
                finalRating, reason);
        return moderation.update(organisation.id(), update.planId(), update.id());
    }

    /** Initial (baseline) ratings for the actions in order; null records "not rated". */
    public void initial(Organisation organisation, long planId, List<Long> actionIds, Integer... ratings) {
        List<InitialRatings.Change> changes = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            changes.add(new InitialRatings.Change(actionIds.get(i), ratings[i], null));
        }
        initialRatings.record(user(organisation, Role.PLAN_OWNER), planId, changes);
    }

    public Period period(Organisation organisation, long planId, long periodId) {
        return periods.period(organisation.id(), planId, periodId);
    }

    private ProgressUpdate save(Organisation organisation, Period period, long actionId, UpdateDraft draft) {
        Integer version = updates.update(organisation.id(), actionId, period.id()).map(ProgressUpdate::version)
                .orElse(null);
        return updates.save(user(organisation, Role.PLAN_OWNER), period.planId(), actionId, period.id(), version,
                draft);
    }

    /** The first day of a month in a tidy sequence: period n of a test's history. */
    public static YearMonth month(int n) {
        return YearMonth.of(2025, 4).plusMonths(n);
    }
}
