package org.improvementtracker.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UpdateRepository {

    private static final String SELECT = """
            select u.*, author.display_name as author_name, moderator.display_name as moderator_name
            from progress_update u
            join account author on author.id = u.author_id
            left join account moderator on moderator.id = u.moderator_id
            """;

    static final RowMapper<ProgressUpdate> UPDATE = (rs, n) -> new ProgressUpdate(rs.getLong("id"),
            rs.getLong("plan_id"), rs.getLong("action_id"), rs.getLong("period_id"),
            UpdateState.valueOf(rs.getString("state")), rs.getObject("proposed_rating", Integer.class),
            rs.getObject("rating", Integer.class), rs.getString("override_reason"), rs.getString("update_text"),
            rs.getString("evidence"), rs.getString("author_name"), instant(rs, "saved_at"),
            instant(rs, "submitted_at"), rs.getString("moderator_comment"), rs.getString("moderator_name"),
            instant(rs, "moderated_at"), rs.getInt("version"));

    private static final RowMapper<UpdateEvent> EVENT = (rs, n) -> new UpdateEvent(rs.getLong("update_id"),
            rs.getLong("action_id"), rs.getLong("period_id"), UpdateEvent.Kind.valueOf(rs.getString("kind")),
            UpdateState.valueOf(rs.getString("state")), rs.getObject("proposed_rating", Integer.class),
            rs.getObject("rating", Integer.class), rs.getString("update_text"), rs.getString("evidence"),
            rs.getString("comment"), rs.getString("display_name"), instant(rs, "happened_at"));

    private final JdbcClient jdbc;

    UpdateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgressUpdate> forActionInPeriod(long organisationId, long actionId, long periodId) {
        return jdbc.sql(SELECT + " where u.organisation_id = ? and u.action_id = ? and u.period_id = ?")
                .params(organisationId, actionId, periodId).query(UPDATE).optional();
    }

    Optional<ProgressUpdate> find(long organisationId, long planId, long updateId) {
        return jdbc.sql(SELECT + " where u.organisation_id = ? and u.plan_id = ? and u.id = ?")
                .params(organisationId, planId, updateId).query(UPDATE).optional();
    }

    List<ProgressUpdate> ofPeriod(long organisationId, long periodId) {
        return jdbc.sql(SELECT + " where u.organisation_id = ? and u.period_id = ?")
                .params(organisationId, periodId).query(UPDATE).list();
    }

    List<ProgressUpdate> ofAction(long organisationId, long actionId) {
        return jdbc.sql(SELECT + " where u.organisation_id = ? and u.action_id = ?")
                .params(organisationId, actionId).query(UPDATE).list();
    }

    /** Updates of these periods for these actions, in one statement. */
    List<ProgressUpdate> of(long organisationId, Collection<Long> actionIds, Collection<Long> periodIds) {
        if (actionIds.isEmpty() || periodIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 where u.organisation_id = :organisation and u.action_id in (:actions) and u.period_id in (:periods)""")
                .param("organisation", organisationId).param("actions", actionIds).param("periods", periodIds)
                .query(UPDATE).list();
    }

    /** Every counted rating of a plan in these periods: rows of action, period and rating. */
    List<CountedRating> countedRatings(long organisationId, long planId, Collection<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select action_id, period_id, rating from progress_update
                where organisation_id = :organisation and plan_id = :plan and period_id in (:periods)
                  and state in ('SUBMITTED', 'APPROVED') and rating is not null""")
                .param("organisation", organisationId).param("plan", planId).param("periods", periodIds)
                .query((rs, n) -> new CountedRating(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
    }

    boolean anyRatingIn(long organisationId, long planId) {
        return jdbc.sql("""
                select count(*) from progress_update where organisation_id = ? and plan_id = ? and proposed_rating is not null""")
                .params(organisationId, planId).query(Long.class).single() > 0;
    }

    /** A second first save of the same update loses to the unique key: the stale-copy page, not a duplicate. */
    long insert(long organisationId, long planId, long actionId, long periodId, UpdateState state, UpdateDraft draft,
            long authorId, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        try {
            return Inserted.id(jdbc.sql("""
                    insert into progress_update (organisation_id, plan_id, action_id, period_id, state, proposed_rating,
                                                 rating, update_text, evidence, author_id, saved_at, submitted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(organisationId, planId, actionId, periodId, state.name(), draft.rating(), draft.rating(),
                            draft.text(), draft.evidence(), authorId, at, state == UpdateState.SUBMITTED ? at : null));
        } catch (DuplicateKeyException alreadyThere) {
            throw new ConflictException("Progress update", actionId);
        }
    }

    void write(long organisationId, ProgressUpdate current, int version, UpdateState state, UpdateDraft draft,
            long authorId, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        int rows = jdbc.sql("""
                update progress_update
                set state = ?, proposed_rating = ?, rating = ?, override_reason = null, update_text = ?, evidence = ?,
                    author_id = ?, saved_at = ?, submitted_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ?""")
                .params(state.name(), draft.rating(), draft.rating(), draft.text(), draft.evidence(), authorId, at,
                        state == UpdateState.SUBMITTED ? at : null, organisationId, current.id(), version)
                .update();
        Updated.exactlyOne(rows, "Progress update", current.id(), true);
    }

    void moderate(long organisationId, ProgressUpdate current, int version, UpdateState state, Integer rating,
            String overrideReason, String comment, long moderatorId, Instant now) {
        int rows = jdbc.sql("""
                update progress_update
                set state = ?, rating = ?, override_reason = ?, moderator_comment = ?, moderator_id = ?,
                    moderated_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ? and state = ?""")
                .params(state.name(), rating, overrideReason, comment, moderatorId, now.atOffset(ZoneOffset.UTC),
                        organisationId, current.id(), version, current.state().name())
                .update();
        Updated.exactlyOne(rows, "Progress update", current.id(), true);
    }

    /** Writes the update as it now stands into its history. */
    void recordEvent(long organisationId, long updateId, UpdateEvent.Kind kind, String comment, long accountId,
            Instant now) {
        jdbc.sql("""
                insert into progress_update_event (organisation_id, update_id, action_id, period_id, kind, state,
                       proposed_rating, rating, update_text, evidence, comment, account_id, happened_at)
                select organisation_id, id, action_id, period_id, ?, state, proposed_rating, rating, update_text,
                       evidence, ?, ?, ?
                from progress_update where organisation_id = ? and id = ?""")
                .params(kind.name(), comment, accountId, now.atOffset(ZoneOffset.UTC), organisationId, updateId)
                .update();
    }

    List<UpdateEvent> eventsOfAction(long organisationId, long actionId) {
        return jdbc.sql("""
                select e.*, a.display_name from progress_update_event e join account a on a.id = e.account_id
                where e.organisation_id = ? and e.action_id = ? order by e.happened_at, e.id""")
                .params(organisationId, actionId).query(EVENT).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    record CountedRating(long actionId, long periodId, int rating) {
    }
}
