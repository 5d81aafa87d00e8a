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
class SectionRepository {

    static final String SELECT = """
            select s.*, p.name as lead_name from section s left join person p on p.id = s.lead_person_id
            """;

    static final RowMapper<Section> SECTION = (rs, n) -> new Section(rs.getLong("id"), rs.getLong("plan_id"),
            rs.getInt("position"), rs.getString("number"), rs.getString("title"), rs.getString("description"),
            rs.getObject("lead_person_id", Long.class), rs.getString("lead_name"), rs.getInt("version"));

    private static final Ordering ORDERING = new Ordering("section", "plan_id = :plan");

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Section> find(long organisationId, long planId, long sectionId) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? and s.plan_id = ? and s.id = ? and s.archived_at is null")
                .params(organisationId, planId, sectionId).query(SECTION).optional();
    }

    /** Archived ones too: an archived action still shows where it stood in the plan. */
    Optional<Section> findEvenIfArchived(long organisationId, long planId, long sectionId) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? and s.plan_id = ? and s.id = ?")
                .params(organisationId, planId, sectionId).query(SECTION).optional();
    }

    List<Section> inPlan(long organisationId, long planId) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? and s.plan_id = ? and s.archived_at is null order by s.position")
                .params(organisationId, planId).query(SECTION).list();
    }

    /** Every live section of the organisation's live plans, in plan order, in one statement. */
    List<Section> live(long organisationId) {
        return jdbc.sql(SELECT + """
                 join plan pl on pl.id = s.plan_id
                 where s.organisation_id = ? and s.archived_at is null and pl.archived_at is null
                 order by s.plan_id, s.position""")
                .params(organisationId).query(SECTION).list();
    }

    /** Archived ones too, in plan order: scores of past periods still count the sections rated then. */
    List<Section> everInPlan(long organisationId, long planId) {
        return jdbc.sql(SELECT + " where s.organisation_id = ? and s.plan_id = ? order by s.position, s.id")
                .params(organisationId, planId).query(SECTION).list();
    }

    long insert(long organisationId, long planId, SectionDetails section) {
        int position = ORDERING.nextPosition(jdbc, Map.of("plan", planId));
        return Inserted.id(jdbc.sql("""
                insert into section (organisation_id, plan_id, position, number, title, description, lead_person_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, planId, position, section.number(), section.title(), section.description(),
                        section.leadPersonId()));
    }

    void update(long organisationId, long planId, long sectionId, int version, SectionDetails section) {
        int rows = jdbc.sql("""
                update section set number = ?, title = ?, description = ?, lead_person_id = ?, version = version + 1
                where organisation_id = ? and plan_id = ? and id = ? and version = ? and archived_at is null""")
                .params(section.number(), section.title(), section.description(), section.leadPersonId(),
                        organisationId, planId, sectionId, version)
                .update();
        Updated.exactlyOne(rows, "Section", sectionId, find(organisationId, planId, sectionId).isPresent());
    }

    void move(Section section, MoveDirection direction) {
        ORDERING.move(jdbc, Map.of("plan", section.planId()), section.id(), section.position(), direction);
    }

    void archive(long organisationId, Section section, int version, Instant now) {
        RemovalClaim.claim(jdbc, "section", "Section", organisationId, section.id(), version);
        var at = now.atOffset(ZoneOffset.UTC);
        for (String table : List.of("success_measure", "action", "outcome")) {
            String inSection = table.equals("success_measure")
                    ? "action_id in (select id from action where section_id = ?)" : "section_id = ?";
            jdbc.sql("update " + table + " set archived_at = ? where archived_at is null and " + inSection)
                    .params(at, section.id()).update();
        }
        jdbc.sql("update section set archived_at = ? where id = ?").params(at, section.id()).update();
    }

    void delete(long organisationId, Section section, int version) {
        RemovalClaim.claim(jdbc, "section", "Section", organisationId, section.id(), version);
        jdbc.sql("""
                delete from action_cross_reference where action_id in (select id from action where section_id = ?)
                   or referenced_action_id in (select id from action where section_id = ?)""")
                .params(section.id(), section.id()).update();
        jdbc.sql("delete from success_measure where action_id in (select id from action where section_id = ?)")
                .param(section.id()).update();
        for (String table : List.of("action", "outcome")) {
            jdbc.sql("delete from " + table + " where section_id = ?").param(section.id()).update();
        }
        jdbc.sql("delete from section where id = ?").param(section.id()).update();
    }
}
