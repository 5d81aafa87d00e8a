package org.improvementtracker.plans;

import java.time.Instant;
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
class OutcomeRepository {

    static final RowMapper<Outcome> OUTCOME = (rs, n) -> new Outcome(rs.getLong("id"), rs.getLong("plan_id"),
            rs.getLong("section_id"), rs.getInt("position"), rs.getString("number"), rs.getString("text"),
            rs.getString("source_tags"), rs.getInt("version"));

    private static final Ordering ORDERING = new Ordering("outcome", "section_id = :section");

    private final JdbcClient jdbc;

    OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Outcome> find(long organisationId, long planId, long outcomeId) {
        return jdbc.sql("select * from outcome where organisation_id = ? and plan_id = ? and id = ? and archived_at is null")
                .params(organisationId, planId, outcomeId).query(OUTCOME).optional();
    }

    /** Archived ones too: an archived action still shows where it stood in the plan. */
    Optional<Outcome> findEvenIfArchived(long organisationId, long planId, long outcomeId) {
        return jdbc.sql("select * from outcome where organisation_id = ? and plan_id = ? and id = ?")
                .params(organisationId, planId, outcomeId).query(OUTCOME).optional();
    }

    List<Outcome> inPlan(long organisationId, long planId) {
        return jdbc.sql("""
                select o.* from outcome o join section s on s.id = o.section_id
                where o.organisation_id = ? and o.plan_id = ? and o.archived_at is null
                order by s.position, o.position""")
                .params(organisationId, planId).query(OUTCOME).list();
    }

    List<Outcome> inSection(long organisationId, long sectionId) {
        return jdbc.sql("""
                select * from outcome where organisation_id = ? and section_id = ? and archived_at is null
                order by position""")
                .params(organisationId, sectionId).query(OUTCOME).list();
    }

    long insert(long organisationId, long planId, long sectionId, OutcomeDetails outcome) {
        int position = ORDERING.nextPosition(jdbc, Map.of("section", sectionId));
        return Inserted.id(jdbc.sql("""
                insert into outcome (organisation_id, plan_id, section_id, position, number, text, source_tags)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, planId, sectionId, position, outcome.number(), outcome.text(),
                        outcome.sourceTags()));
    }

    void update(long organisationId, long planId, long outcomeId, int version, OutcomeDetails outcome) {
        int rows = jdbc.sql("""
                update outcome set number = ?, text = ?, source_tags = ?, version = version + 1
                where organisation_id = ? and plan_id = ? and id = ? and version = ? and archived_at is null""")
                .params(outcome.number(), outcome.text(), outcome.sourceTags(), organisationId, planId, outcomeId,
                        version)
                .update();
        Updated.exactlyOne(rows, "Outcome", outcomeId, find(organisationId, planId, outcomeId).isPresent());
    }

    void move(Outcome outcome, MoveDirection direction) {
        ORDERING.move(jdbc, Map.of("section", outcome.sectionId()), outcome.id(), outcome.position(), direction);
    }

    void archive(long organisationId, Outcome outcome, int version, Instant now) {
        RemovalClaim.claim(jdbc, "outcome", "Outcome", organisationId, outcome.id(), version);
        var at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                update success_measure set archived_at = ?
                where archived_at is null and action_id in (select id from action where outcome_id = ?)""")
                .params(at, outcome.id()).update();
        jdbc.sql("update action set archived_at = ? where archived_at is null and outcome_id = ?")
                .params(at, outcome.id()).update();
        jdbc.sql("update outcome set archived_at = ? where id = ?").params(at, outcome.id()).update();
    }

    void delete(long organisationId, Outcome outcome, int version) {
        RemovalClaim.claim(jdbc, "outcome", "Outcome", organisationId, outcome.id(), version);
        jdbc.sql("""
                delete from action_cross_reference where action_id in (select id from action where outcome_id = ?)
                   or referenced_action_id in (select id from action where outcome_id = ?)""")
                .params(outcome.id(), outcome.id()).update();
        jdbc.sql("delete from success_measure where action_id in (select id from action where outcome_id = ?)")
                .param(outcome.id()).update();
        jdbc.sql("delete from action where outcome_id = ?").param(outcome.id()).update();
        jdbc.sql("delete from outcome where id = ?").param(outcome.id()).update();
    }
}
