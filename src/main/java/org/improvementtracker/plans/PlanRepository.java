package org.improvementtracker.plans;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private static final RowMapper<Plan> PLAN = (rs, n) -> new Plan(rs.getLong("id"), rs.getString("title"),
            rs.getString("version_label"), PlanStatus.valueOf(rs.getString("status")),
            rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
            rs.getString("vision"), rs.getString("governance"), RatingScale.valueOf(rs.getString("rating_scale")),
            rs.getString("section_label"), rs.getString("outcome_label"), rs.getInt("version"));

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> find(long organisationId, long planId) {
        return jdbc.sql("select * from plan where organisation_id = ? and id = ? and archived_at is null")
                .params(organisationId, planId).query(PLAN).optional();
    }

    List<Plan> all(long organisationId) {
        return jdbc.sql("""
                select * from plan where organisation_id = ? and archived_at is null
                order by case status when 'ACTIVE' then 0 when 'DRAFT' then 1 else 2 end, lower(title), id""")
                .param(organisationId).query(PLAN).list();
    }

    long insert(long organisationId, PlanDetails plan, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return Inserted.id(jdbc.sql("""
                insert into plan (organisation_id, title, version_label, status, starts_on, ends_on, vision,
                                  governance, rating_scale, section_label, outcome_label, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, plan.title(), plan.versionLabel(), plan.status().name(), plan.startsOn(),
                        plan.endsOn(), plan.vision(), plan.governance(), plan.ratingScale().name(),
                        plan.sectionLabel(), plan.outcomeLabel(), at, at));
    }

    void update(long organisationId, long planId, int version, PlanDetails plan, Instant now) {
        int rows = jdbc.sql("""
                update plan set title = ?, version_label = ?, status = ?, starts_on = ?, ends_on = ?, vision = ?,
                       governance = ?, rating_scale = ?, section_label = ?, outcome_label = ?, updated_at = ?,
                       version = version + 1
                where organisation_id = ? and id = ? and version = ? and archived_at is null""")
                .params(plan.title(), plan.versionLabel(), plan.status().name(), plan.startsOn(), plan.endsOn(),
                        plan.vision(), plan.governance(), plan.ratingScale().name(), plan.sectionLabel(),
                        plan.outcomeLabel(), now.atOffset(ZoneOffset.UTC), organisationId, planId, version)
                .update();
        Updated.exactlyOne(rows, "Plan", planId, find(organisationId, planId).isPresent());
    }

    void archive(long organisationId, long planId, int version, Instant now) {
        int rows = jdbc.sql("""
                update plan set archived_at = ?, version = version + 1
                where organisation_id = ? and id = ? and version = ? and archived_at is null""")
                .params(now.atOffset(ZoneOffset.UTC), organisationId, planId, version).update();
        Updated.exactlyOne(rows, "Plan", planId, find(organisationId, planId).isPresent());
    }

    /** Only for drafts, which have no history: removes the plan and everything in it. */
    void deleteDraft(long organisationId, long planId, int version) {
        int rows = jdbc.sql("update plan set version = version + 1 where organisation_id = ? and id = ? and version = ?")
                .params(organisationId, planId, version).update();
        Updated.exactlyOne(rows, "Plan", planId, find(organisationId, planId).isPresent());
        jdbc.sql("""
                delete from action_cross_reference where action_id in (select id from action where plan_id = ?)
                   or referenced_action_id in (select id from action where plan_id = ?)""")
                .params(planId, planId).update();
        for (String table : List.of("success_measure", "action", "outcome", "section", "glossary_term", "plan")) {
            String column = table.equals("plan") ? "id" : "plan_id";
            jdbc.sql("delete from " + table + " where organisation_id = ? and " + column + " = ?")
                    .params(organisationId, planId).update();
        }
    }
}
