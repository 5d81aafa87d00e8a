package org.improvementtracker.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SuccessMeasureRepository {

    static final RowMapper<SuccessMeasure> MEASURE = (rs, n) -> new SuccessMeasure(rs.getLong("id"),
            rs.getLong("action_id"), rs.getInt("position"), rs.getString("text"), rs.getBigDecimal("target_value"),
            rs.getString("target_unit"), rs.getObject("target_date", LocalDate.class), rs.getInt("version"));

    private static final Ordering ORDERING = new Ordering("success_measure", "action_id = :action");

    private final JdbcClient jdbc;

    SuccessMeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SuccessMeasure> find(long organisationId, long planId, long measureId) {
        return jdbc.sql("""
                select * from success_measure
                where organisation_id = ? and plan_id = ? and id = ? and archived_at is null""")
                .params(organisationId, planId, measureId).query(MEASURE).optional();
    }

    List<SuccessMeasure> ofAction(long organisationId, long actionId) {
        return jdbc.sql("""
                select * from success_measure where organisation_id = ? and action_id = ? and archived_at is null
                order by position""")
                .params(organisationId, actionId).query(MEASURE).list();
    }

    List<SuccessMeasure> inPlan(long organisationId, long planId) {
        return jdbc.sql("""
                select * from success_measure where organisation_id = ? and plan_id = ? and archived_at is null
                order by action_id, position""")
                .params(organisationId, planId).query(MEASURE).list();
    }

    long insert(long organisationId, long planId, long actionId, SuccessMeasureDetails measure) {
        int position = ORDERING.nextPosition(jdbc, Map.of("action", actionId));
        return Inserted.id(jdbc.sql("""
                insert into success_measure (organisation_id, plan_id, action_id, position, text, target_value,
                                             target_unit, target_date)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, planId, actionId, position, measure.text(), measure.targetValue(),
                        measure.targetUnit(), measure.targetDate()));
    }

    void update(long organisationId, long planId, long measureId, int version, SuccessMeasureDetails measure) {
        int rows = jdbc.sql("""
                update success_measure set text = ?, target_value = ?, target_unit = ?, target_date = ?,
                       version = version + 1
                where organisation_id = ? and plan_id = ? and id = ? and version = ? and archived_at is null""")
                .params(measure.text(), measure.targetValue(), measure.targetUnit(), measure.targetDate(),
                        organisationId, planId, measureId, version)
                .update();
        Updated.exactlyOne(rows, "Success measure", measureId, find(organisationId, planId, measureId).isPresent());
    }

    void move(SuccessMeasure measure, MoveDirection direction) {
        ORDERING.move(jdbc, Map.of("action", measure.actionId()), measure.id(), measure.position(), direction);
    }

    void remove(long organisationId, SuccessMeasure measure, int version, boolean keepHistory, Instant now) {
        String removal = keepHistory ? "update success_measure set archived_at = ?, version = version + 1"
                : "delete from success_measure";
        var statement = jdbc.sql(removal + " where organisation_id = ? and id = ? and version = ? and archived_at is null");
        int rows = keepHistory
                ? statement.params(now.atOffset(ZoneOffset.UTC), organisationId, measure.id(), version).update()
                : statement.params(organisationId, measure.id(), version).update();
        Updated.exactlyOne(rows, "Success measure", measure.id(), true);
    }
}
