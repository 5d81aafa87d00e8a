package org.improvementtracker.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the reporting a plan had before it came into the application, as an import brings it: initial
 * ratings, and past periods, closed, holding approved updates with their history. Each kind of row is one
 * JDBC batch (the history one insert-select), so the statements do not grow with the plan. Runs in the
 * caller's transaction.
 */
@Service
@Transactional
public class ReportingImport {

    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PlanReader plans;
    private final PeriodRepository periods;
    private final AuditTrail audit;

    ReportingImport(Clock clock, JdbcClient jdbc, JdbcTemplate batch, PlanReader plans, PeriodRepository periods,
            AuditTrail audit) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.plans = plans;
        this.periods = periods;
        this.audit = audit;
    }

    /** The actions' initial ratings (a null rating is recorded as not rated), for a plan that has none yet. */
    public void recordInitialRatings(long organisationId, long planId, long accountId, Map<Long, Integer> ratings) {
        Plan plan = plans.plan(organisationId, planId);
        requireOnScale(plan, ratings.values(), "initial");
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        batch.batchUpdate("""
                insert into initial_rating (action_id, organisation_id, plan_id, rating, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", ratings.entrySet().stream().map(rating -> new Object[] {rating.getKey(),
                organisationId, planId, rating.getValue(), accountId, at}).toList());
    }

    /**
     * Adds the periods to the plan, closed, each with its approved updates and their history. Refused, naming
     * {@code period}, where a label is already the plan's or two periods' months overlap.
     */
    public void recordClosedPeriods(long organisationId, long planId, long accountId, List<PastPeriod> past,
            String reason) {
        Plan plan = plans.plan(organisationId, planId);
        requireFitting(periods.inPlan(organisationId, planId), past);
        requireOnScale(plan, past.stream().flatMap(period -> period.updates().stream())
                .map(PastPeriod.PastUpdate::rating).toList(), "period");
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        batch.batchUpdate("""
                insert into reporting_period (organisation_id, plan_id, label, starts_on, ends_on, deadline, state,
                                              opened_at, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", past.stream().map(period -> new Object[] {organisationId, planId,
                period.label(), period.startsOn(), period.endsOn(), period.endsOn(), PeriodState.CLOSED.name(), at,
                at}).toList());
        Map<String, Period> byLabel = periods.inPlan(organisationId, planId).stream()
                .collect(Collectors.toMap(Period::label, period -> period));
        batch.batchUpdate("""
                insert into period_event (organisation_id, period_id, from_state, to_state, reason, account_id,
                                          happened_at)
                values (?, ?, ?, ?, ?, ?, ?)""", past.stream().map(period -> new Object[] {organisationId,
                byLabel.get(period.label()).id(), PeriodState.PLANNED.name(), PeriodState.CLOSED.name(), reason,
                accountId, at}).toList());
        List<Object[]> updates = new ArrayList<>();
        for (PastPeriod period : past) {
            for (PastPeriod.PastUpdate update : period.updates()) {
                updates.add(new Object[] {organisationId, planId, update.actionId(), byLabel.get(period.label()).id(),
                        UpdateState.APPROVED.name(), update.rating(), update.rating(), update.text(), update.evidence(),
                        accountId, at, at, accountId, at});
            }
        }
        batch.batchUpdate("""
                insert into progress_update (organisation_id, plan_id, action_id, period_id, state, proposed_rating,
                    rating, update_text, evidence, author_id, saved_at, submitted_at, moderator_id, moderated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", updates);
        List<Long> periodIds = past.stream().map(period -> byLabel.get(period.label()).id()).toList();
        if (!periodIds.isEmpty()) {
            jdbc.sql("""
                    insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state,
                           proposed_rating, rating, update_text, evidence, comment, account_id, happened_at)
                    select organisation_id, id, action_id, period_id, :kind, state, proposed_rating, rating,
                           update_text, evidence, :reason, :account, :at
                    from progress_update where organisation_id = :organisation and period_id in (:periods)""")
                    .param("kind", UpdateEvent.Kind.APPROVED.name()).param("reason", reason)
                    .param("account", accountId).param("at", at).param("organisation", organisationId)
                    .param("periods", periodIds).update();
        }
        audit.all(past.stream().map(period -> {
            Period created = byLabel.get(period.label());
            Map<String, Object> after = Audited.period(created, reason);
            after.put("updates", period.updates().size());
            return new AuditEvent(organisationId, Audited.period(created), AuditAction.CREATE, null, after);
        }).toList());
    }

    private static void requireOnScale(Plan plan, Collection<Integer> ratings, String field) {
        ratings.stream().filter(rating -> rating != null && !plan.ratingScale().allows(rating)).findFirst()
                .ifPresent(rating -> {
                    throw new InvalidInputException(field, "A rating of " + rating + " is not on the plan's scale ("
                            + plan.ratingScale().range() + ")");
                });
    }

    /** Periods of a plan have labels of their own and do not overlap, imported or not. */
    private static void requireFitting(List<Period> existing, List<PastPeriod> past) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int at = 0; at < past.size(); at++) {
            PastPeriod period = past.get(at);
            for (Period other : existing) {
                if (other.label().equalsIgnoreCase(period.label())) {
                    problems.add(new FieldProblem("period", "This plan already has a period called " + other.label()));
                } else if (overlap(period, other.startsOn(), other.endsOn())) {
                    problems.add(new FieldProblem("period", period.label() + " overlaps " + other.label()
                            + ", which the plan already has"));
                }
            }
            for (PastPeriod earlier : past.subList(0, at)) {
                if (earlier.label().equalsIgnoreCase(period.label()) || overlap(period, earlier.startsOn(),
                        earlier.endsOn())) {
                    problems.add(new FieldProblem("period", period.label() + " and " + earlier.label()
                            + " are the same month: give each column its own period"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean overlap(PastPeriod period, LocalDate startsOn, LocalDate endsOn) {
        return !period.startsOn().isAfter(endsOn) && !period.endsOn().isBefore(startsOn);
    }
}
