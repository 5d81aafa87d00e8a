package org.improvementtracker.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.improvementtracker.support.audit.AuditAction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored trail. Entries are only ever inserted: there is no statement here (or anywhere in the
 * application) that changes or removes one, and on PostgreSQL a trigger refuses it.
 */
@Repository
public class AuditEntries {

    /** The subject id of an entry about something that does not exist: a sign-in tried with an unknown username. */
    static final long NO_SUBJECT = 0;

    private static final String INSERT = """
            insert into audit_entry (organisation_id, happened_at, actor_account_id, actor_name, client_address,
                subject_type, subject_id, subject_label, plan_id, action_id, action, before_json, after_json)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The subject's link is worked out in the same statement: a join per kind of page, not a query per entry. */
    private static final String SELECT = """
            select e.*, p.id as plan_found, a.id as action_found, i.id as indicator_found
            from audit_entry e
            left join plan p on p.id = e.plan_id and p.organisation_id = e.organisation_id
            left join action a on a.id = e.action_id and a.organisation_id = e.organisation_id
            left join indicator i on i.id = e.subject_id and e.subject_type = 'Indicator'
                and i.organisation_id = e.organisation_id
            where e.organisation_id = :organisation""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditEntries(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One statement for one entry, one batch for many. */
    void insert(List<NewEntry> entries) {
        if (entries.size() == 1) {
            jdbc.sql(INSERT).params(values(entries.get(0))).update();
        } else if (!entries.isEmpty()) {
            batch.batchUpdate(INSERT, entries.stream().map(AuditEntries::values).map(List::toArray).toList(),
                    new int[] {Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                            Types.VARCHAR, Types.VARCHAR});
        }
    }

    /** A page of the organisation's entries, newest first, in one statement. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(long organisationId, AuditQuery query) {
        Filter filter = filter(organisationId, query);
        return jdbc.sql(filter.sql + " order by e.id desc limit :limit").params(filter.params)
                .param("limit", query.limit()).query(AuditEntries::entry).list();
    }

    /** Every entry the filters match, newest first, handed over one at a time rather than loaded together. */
    @Transactional(readOnly = true)
    public void forEach(long organisationId, AuditQuery query, Consumer<AuditEntry> each) {
        Filter filter = filter(organisationId, query.unpaged());
        try (Stream<AuditEntry> entries = jdbc.sql(filter.sql + " order by e.id desc").params(filter.params)
                .withFetchSize(500).query(AuditEntries::entry).stream()) {
            entries.forEach(each);
        }
    }

    /** Someone whose changes can be looked for: every account of the organisation, in one statement. */
    public record Account(long id, String label) {
    }

    @Transactional(readOnly = true)
    public List<Account> accounts(long organisationId) {
        return jdbc.sql("select id, display_name, username from account where organisation_id = ? order by display_name, id")
                .param(organisationId)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("display_name") + " (" + rs.getString("username") + ")"))
                .list();
    }

    private record Filter(String sql, Map<String, Object> params) {
    }

    /** Filters are always parameters, never spliced into the SQL, so any text in them is harmless. */
    private static Filter filter(long organisationId, AuditQuery query) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", organisationId);
        add(sql, params, "e.plan_id = :plan", "plan", query.planId());
        add(sql, params, "e.action_id = :action", "action", query.actionId());
        add(sql, params, "e.actor_account_id = :actor", "actor", query.actorAccountId());
        add(sql, params, "e.subject_type = :type", "type", query.subjectType());
        add(sql, params, "e.action = :what", "what", query.action());
        add(sql, params, "e.happened_at >= :from", "from", utc(query.from()));
        add(sql, params, "e.happened_at < :to", "to", utc(query.to()));
        add(sql, params, "e.id < :before", "before", query.before());
        return new Filter(sql.toString(), params);
    }

    private static void add(StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    private static List<Object> values(NewEntry entry) {
        return Arrays.asList(entry.organisationId(), utc(entry.at()), entry.actor().accountId(),
                entry.actor().name(), entry.clientAddress(), entry.subject().type(),
                entry.subject().id() == NO_SUBJECT ? null : entry.subject().id(),
                shortened(entry.subject().label(), 500), entry.subject().planId(), entry.subject().actionId(),
                entry.action().name(), entry.beforeJson(), entry.afterJson());
    }

    private static String shortened(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long planId = rs.getLong("plan_id");
        Long plan = rs.wasNull() ? null : planId;
        long actionId = rs.getLong("action_id");
        Long action = rs.wasNull() ? null : actionId;
        long subjectId = rs.getLong("subject_id");
        Long subject = rs.wasNull() ? null : subjectId;
        long actorId = rs.getLong("actor_account_id");
        Long actor = rs.wasNull() ? null : actorId;
        String link = null;
        if (rs.getObject("indicator_found") != null) {
            link = "/indicators/" + subject;
        } else if (rs.getObject("action_found") != null) {
            link = "/plans/" + plan + "/actions/" + action;
        } else if (rs.getObject("plan_found") != null) {
            link = "/plans/" + plan;
        }
        return new AuditEntry(rs.getLong("id"), rs.getObject("happened_at", OffsetDateTime.class).toInstant(), actor,
                rs.getString("actor_name"), rs.getString("client_address"), rs.getString("subject_type"), subject,
                rs.getString("subject_label"), plan, action, AuditAction.valueOf(rs.getString("action")),
                rs.getString("before_json"), rs.getString("after_json"), link);
    }
}
