package org.improvementtracker.reports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IntroductionRepository {

    private static final RowMapper<Stored> STORED = (rs, n) -> new Stored(rs.getLong("id"),
            new ReportIntroduction(rs.getString("text"), rs.getInt("version"), rs.getString("display_name"),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()));

    private final JdbcClient jdbc;

    IntroductionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An introduction as stored, with the row's id for the audit trail. */
    record Stored(long id, ReportIntroduction introduction) {
    }

    Optional<Stored> find(long organisationId, long planId, long periodId) {
        return jdbc.sql("""
                select i.id, i.text, i.version, i.updated_at, a.display_name
                from report_introduction i join account a on a.id = i.updated_by
                where i.organisation_id = ? and i.plan_id = ? and i.period_id = ?""")
                .params(organisationId, planId, periodId).query(STORED).optional();
    }

    /** Empty when another save made the first introduction of this plan and period in the meantime. */
    Optional<Long> insert(long organisationId, long planId, long periodId, String text, long accountId, Instant at) {
        try {
            return Optional.of(Inserted.id(jdbc.sql("""
                    insert into report_introduction (organisation_id, plan_id, period_id, text, version, updated_by, updated_at)
                    values (?, ?, ?, ?, 1, ?, ?)""")
                    .params(organisationId, planId, periodId, text, accountId, at.atOffset(ZoneOffset.UTC))));
        } catch (DuplicateKeyException savedFirst) {
            return Optional.empty();
        }
    }

    /** False when the row is no longer at the version read: someone else saved first. */
    boolean update(long id, int version, String text, long accountId, Instant at) {
        return jdbc.sql("""
                update report_introduction set text = ?, version = version + 1, updated_by = ?, updated_at = ?
                where id = ? and version = ?""")
                .params(text, accountId, at.atOffset(ZoneOffset.UTC), id, version).update() == 1;
    }
}
