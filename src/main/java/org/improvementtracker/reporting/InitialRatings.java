package org.improvementtracker.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionFilter;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.RatingsInUse;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The initial (baseline) rating of each action, which "previous" falls back to before the first period. */
@Service
@Transactional
public class InitialRatings implements RatingsInUse {

    /** One changed row of the baseline form; version is null for an action never rated before. */
    public record Change(long actionId, Integer rating, Integer version) {
    }

    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PlanReader plans;
    private final UpdateRepository updates;
    private final AuditTrail audit;

    InitialRatings(Clock clock, JdbcClient jdbc, JdbcTemplate batch, PlanReader plans, UpdateRepository updates,
            AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.plans = plans;
        this.updates = updates;
    }

    @Transactional(readOnly = true)
    public Map<Long, InitialRating> ofPlan(long organisationId, long planId) {
        return jdbc.sql("select action_id, rating, version from initial_rating where organisation_id = ? and plan_id = ?")
                .params(organisationId, planId)
                .query((rs, n) -> new InitialRating(rs.getLong(1), rs.getObject(2, Integer.class), rs.getInt(3)))
                .list().stream().collect(Collectors.toMap(InitialRating::actionId, Function.identity()));
    }

    /** All or nothing: one bad rating or one stale row and no rating of the form is saved. */
    public void record(SignedInUser user, long planId, List<Change> changes) {
        long organisationId = user.organisationId();
        Plan plan = plans.plan(organisationId, planId);
        Map<Long, Action> actionById = plans.search(organisationId, planId, ActionFilter.ALL).stream()
                .collect(Collectors.toMap(Action::id, Function.identity()));
        Set<Long> actionIds = actionById.keySet();
        List<FieldProblem> problems = new ArrayList<>();
        for (Change change : changes) {
            if (!actionIds.contains(change.actionId())) {
                problems.add(new FieldProblem("rating-" + change.actionId(), "Not an action of this plan"));
            } else if (change.rating() != null && !plan.ratingScale().allows(change.rating())) {
                problems.add(new FieldProblem("rating-" + change.actionId(),
                        "Choose a rating from " + plan.ratingScale().range()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime at = clock.instant().atOffset(ZoneOffset.UTC);
        Map<Long, InitialRating> before = ofPlan(organisationId, planId);
        insertFirstRatings(user, planId, changes.stream().filter(change -> change.version() == null).toList(), at);
        updateRatings(user, changes.stream().filter(change -> change.version() != null).toList(), at);
        audit.all(changes.stream().map(change -> recorded(organisationId, actionById.get(change.actionId()),
                before.get(change.actionId()), change)).toList());
    }

    private static AuditEvent recorded(long organisationId, Action action, InitialRating before, Change change) {
        return before == null
                ? new AuditEvent(organisationId, Audited.initialRating(action), AuditAction.CREATE, null,
                        Audited.rating(change.rating()))
                : new AuditEvent(organisationId, Audited.initialRating(action), AuditAction.UPDATE,
                        Audited.rating(before.rating()), Audited.rating(change.rating()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyFor(long organisationId, long planId) {
        return updates.anyRatingIn(organisationId, planId) || jdbc.sql("""
                select count(*) from initial_rating where organisation_id = ? and plan_id = ? and rating is not null""")
                .params(organisationId, planId).query(Long.class).single() > 0;
    }

    /** One batch; an action rated meanwhile by someone else breaks the unique key: the stale-copy page. */
    private void insertFirstRatings(SignedInUser user, long planId, List<Change> changes, OffsetDateTime at) {
        try {
            batch.batchUpdate("""
                    insert into initial_rating (action_id, organisation_id, plan_id, rating, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?)""", changes.stream().map(change -> new Object[] {change.actionId(),
                    user.organisationId(), planId, change.rating(), user.accountId(), at}).toList());
        } catch (DuplicateKeyException recordedMeanwhile) {
            throw new ConflictException("Initial rating", changes.get(0).actionId());
        }
    }

    /** One batch, each row guarded by the version the owner read. */
    private void updateRatings(SignedInUser user, List<Change> changes, OffsetDateTime at) {
        int[] rows = batch.batchUpdate("""
                update initial_rating set rating = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                where organisation_id = ? and action_id = ? and version = ?""", changes.stream()
                .map(change -> new Object[] {change.rating(), user.accountId(), at, user.organisationId(),
                        change.actionId(), change.version()}).toList());
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != 1) {
                throw new ConflictException("Initial rating", changes.get(i).actionId());
            }
        }
    }
}
