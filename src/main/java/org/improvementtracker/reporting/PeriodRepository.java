package org.improvementtracker.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PeriodRepository {

    static final RowMapper<Period> PERIOD = (rs, n) -> new Period(rs.getLong("id"), rs.getLong("plan_id"),
            rs.getString("label"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            rs.getObject("deadline", LocalDate.class), PeriodState.valueOf(rs.getString("state")), rs.getInt("version"));

    private final JdbcClient jdbc;

    PeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Period> find(long organisationId, long planId, long periodId) {
        return jdbc.sql("select * from reporting_period where organisation_id = ? and plan_id = ? and id = ?")
                .params(organisationId, planId, periodId).query(PERIOD).optional();
    }

    /** Oldest first: the order in which periods follow each other. */
    List<Period> inPlan(long organisationId, long planId) {
        return jdbc.sql("select * from reporting_period where organisation_id = ? and plan_id = ? order by starts_on, id")
                .params(organisationId, planId).query(PERIOD).list();
    }

    /** Periods taking updates in any of these plans. */
    List<Period> liveIn(long organisationId, Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from reporting_period
                where organisation_id = :organisation and plan_id in (:plans) and state in ('OPEN', 'IN_REVIEW')""")
                .param("organisation", organisationId).param("plans", planIds).query(PERIOD).list();
    }

    /** Periods taking updates in every organisation, for background jobs (which have no signed-in user). */
    List<LivePeriod> liveEverywhere() {
        return jdbc.sql("select organisation_id, plan_id, id from reporting_period where state in ('OPEN', 'IN_REVIEW')"
                        + " order by organisation_id, plan_id, id")
                .query((rs, n) -> new LivePeriod(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** Serialises state changes of one plan's periods, so two owners cannot open two periods at once. */
    void lockPlan(long organisationId, long planId) {
        jdbc.sql("select id from plan where organisation_id = ? and id = ? for update")
                .params(organisationId, planId).query(Long.class).optional();
    }

    long insert(long organisationId, long planId, PeriodDetails period) {
        return Inserted.id(jdbc.sql("""
                insert into reporting_period (organisation_id, plan_id, label, starts_on, ends_on, deadline, state)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, planId, period.label(), period.startsOn(), period.endsOn(), period.deadline(),
                        PeriodState.PLANNED.name()));
    }

    void update(long organisationId, Period current, int version, PeriodDetails period) {
        int rows = jdbc.sql("""
                update reporting_period set label = ?, starts_on = ?, ends_on = ?, deadline = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ?""")
                .params(period.label(), period.startsOn(), period.endsOn(), period.deadline(), organisationId,
                        current.id(), version)
                .update();
        Updated.exactlyOne(rows, "Reporting period", current.id(), true);
    }

    void move(long organisationId, Period period, int version, PeriodState to, long accountId, String reason,
            Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        int rows = jdbc.sql("""
                update reporting_period
                set state = :to, version = version + 1,
                    opened_at = case when :to = 'OPEN' then :at else opened_at end,
                    closed_at = case when :to = 'CLOSED' then :at else closed_at end
                where organisation_id = :organisation and id = :id and version = :version and state = :from""")
                .param("to", to.name()).param("at", at).param("organisation", organisationId)
                .param("id", period.id()).param("version", version).param("from", period.state().name())
                .update();
        Updated.exactlyOne(rows, "Reporting period", period.id(), true);
        jdbc.sql("""
                insert into period_event (organisation_id, period_id, from_state, to_state, reason, account_id, happened_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, period.id(), period.state().name(), to.name(), reason, accountId, at)
                .update();
    }

    List<PeriodEvent> events(long organisationId, long periodId) {
        return jdbc.sql("""
                select e.*, a.display_name from period_event e join account a on a.id = e.account_id
                where e.organisation_id = ? and e.period_id = ? order by e.happened_at, e.id""")
                .params(organisationId, periodId)
                .query((rs, n) -> new PeriodEvent(PeriodState.valueOf(rs.getString("from_state")),
                        PeriodState.valueOf(rs.getString("to_state")), rs.getString("reason"),
                        rs.getString("display_name"), rs.getTimestamp("happened_at").toInstant()))
                .list();
    }
}
