package org.improvementtracker.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

    private static final RowMapper<Notification> NOTIFICATION = (rs, n) -> new Notification(rs.getLong("id"),
            rs.getString("recipient_name"), rs.getString("email"), NotificationKind.valueOf(rs.getString("kind")),
            rs.getString("subject"), rs.getString("body"), rs.getString("link"), instant(rs, "created_at"),
            instant(rs, "read_at"), EmailStatus.valueOf(rs.getString("email_status")), instant(rs, "sent_at"),
            rs.getInt("attempts"), rs.getString("last_error"));

    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    NotificationRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The dedupe keys already written for a period, with when: a run writes only what is missing. */
    Map<String, Instant> keysOfPeriod(long organisationId, long periodId) {
        Map<String, Instant> keys = new HashMap<>();
        jdbc.sql("select dedupe_key, created_at from notification where organisation_id = ? and period_id = ?")
                .params(organisationId, periodId)
                .query(rs -> {
                    keys.put(rs.getString(1), instant(rs, "created_at"));
                });
        return keys;
    }

    /**
     * Writes the notifications in one batch. A key written meanwhile by another run or instance is
     * skipped by the database, so the same message can never be written twice.
     */
    void insert(List<NewNotification> notifications, boolean mailSetUp, Instant now) {
        if (notifications.isEmpty()) {
            return;
        }
        var at = now.atOffset(ZoneOffset.UTC);
        SqlParameterSource[] rows = notifications.stream()
                .map(n -> new MapSqlParameterSource()
                        .addValue("organisation", n.organisationId()).addValue("person", n.recipient().id())
                        .addValue("account", n.recipient().accountId()).addValue("name", n.recipient().name())
                        .addValue("email", blankToNull(n.recipient().email())).addValue("kind", n.kind().name())
                        .addValue("subject", n.message().subject()).addValue("body", n.message().body())
                        .addValue("link", n.link()).addValue("plan", n.planId()).addValue("period", n.periodId())
                        .addValue("key", n.dedupeKey()).addValue("at", at)
                        .addValue("status", EmailStatus.of(n.recipient().email(), mailSetUp).name()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into notification (organisation_id, person_id, account_id, recipient_name, email, kind, subject,
                                          body, link, plan_id, period_id, dedupe_key, created_at, email_status)
                values (:organisation, :person, :account, :name, :email, :kind, :subject, :body, :link, :plan, :period,
                        :key, :at, :status)
                on conflict do nothing""", rows);
    }

    /**
     * Writes a message to someone who may not be anyone's Person record yet (an invitation): addressed by
     * name and email only, and kept out of anyone's in-app messages, since it is about getting in.
     */
    void insertAddressedByEmail(long organisationId, String name, String email, NotificationKind kind, Message message,
            String link, String dedupeKey, boolean mailSetUp, Instant now) {
        jdbc.sql("""
                insert into notification (organisation_id, recipient_name, email, kind, subject, body, link, dedupe_key,
                                          created_at, email_status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, name, blankToNull(email), kind.name(), message.subject(), message.body(), link,
                        dedupeKey, now.atOffset(ZoneOffset.UTC), EmailStatus.of(email, mailSetUp).name())
                .update();
    }

    /** Messages to the people linked to this account, newest first. */
    List<Notification> forAccount(long organisationId, long accountId) {
        return jdbc.sql("""
                select * from notification where organisation_id = ? and account_id = ?
                order by created_at desc, id desc""")
                .params(organisationId, accountId).query(NOTIFICATION).list();
    }

    long unread(long organisationId, long accountId) {
        return jdbc.sql("""
                select count(*) from notification where organisation_id = ? and account_id = ? and read_at is null""")
                .params(organisationId, accountId).query(Long.class).single();
    }

    boolean exists(long organisationId, long accountId, long notificationId) {
        return jdbc.sql("select count(*) from notification where organisation_id = ? and account_id = ? and id = ?")
                .params(organisationId, accountId, notificationId).query(Long.class).single() > 0;
    }

    /** Marks it read unless it already was; false when nothing changed. */
    boolean markRead(long organisationId, long accountId, long notificationId, Instant now) {
        return jdbc.sql("""
                update notification set read_at = ?
                where organisation_id = ? and account_id = ? and id = ? and read_at is null""")
                .params(now.atOffset(ZoneOffset.UTC), organisationId, accountId, notificationId).update() == 1;
    }

    /** The organisation's latest notifications, newest first, at most {@code limit}. */
    List<Notification> ofOrganisation(long organisationId, int limit) {
        return jdbc.sql("select * from notification where organisation_id = ? order by created_at desc, id desc limit ?")
                .params(organisationId, limit).query(NOTIFICATION).list();
    }

    long countOfOrganisation(long organisationId) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?")
                .param(organisationId).query(Long.class).single();
    }

    /** Emails to send, in every organisation, oldest first: waiting ones and failed ones with attempts left. */
    List<Notification> toEmail(int maxAttempts, int limit) {
        return jdbc.sql("""
                select * from notification
                where email_status = 'PENDING' or (email_status = 'FAILED' and attempts < ?)
                order by id limit ?""")
                .params(maxAttempts, limit).query(NOTIFICATION).list();
    }

    /**
     * Marks the email as being sent before it goes, so that a crash while sending cannot send it twice;
     * false when another run got to it first.
     */
    boolean claim(long id) {
        return jdbc.sql("""
                update notification set email_status = 'SENDING', attempts = attempts + 1
                where id = ? and email_status in ('PENDING', 'FAILED')""")
                .param(id).update() == 1;
    }

    void sent(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update notification set email_status = 'SENT', sent_at = :at, last_error = null where id in (:ids)")
                .param("at", now.atOffset(ZoneOffset.UTC)).param("ids", ids).update();
    }

    void failed(long id, String error) {
        String shortened = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        jdbc.sql("update notification set email_status = 'FAILED', last_error = ? where id = ?")
                .params(shortened, id).update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
