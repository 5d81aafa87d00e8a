package org.improvementtracker.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActionRepository {

    /** Actions with the names of their lead and responsible officer, in one statement. */
    static final String SELECT = """
            select a.*, lp.name as lead_name, rp.name as responsible_name
            from action a
            left join person lp on lp.id = a.lead_person_id
            left join person rp on rp.id = a.responsible_person_id
            """;

    static final RowMapper<Action> ACTION = (rs, n) -> new Action(rs.getLong("id"), rs.getLong("plan_id"),
            rs.getLong("section_id"), rs.getObject("outcome_id", Long.class), rs.getInt("position"),
            rs.getString("reference"), rs.getString("description"), rs.getObject("lead_person_id", Long.class),
            rs.getString("lead_name"), rs.getObject("responsible_person_id", Long.class),
            rs.getString("responsible_name"), rs.getObject("due_date", LocalDate.class),
            rs.getString("timescale_text"), rs.getTimestamp("archived_at") != null, rs.getInt("version"));

    /** Siblings are the actions of the same outcome, or those directly under the section. */
    private static final Ordering ORDERING = new Ordering("action",
            "section_id = :section and coalesce(outcome_id, 0) = :outcome");

    private final JdbcClient jdbc;

    ActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Action> find(long organisationId, long planId, long actionId) {
        return jdbc.sql(SELECT + " where a.organisation_id = ? and a.plan_id = ? and a.id = ?")
                .params(organisationId, planId, actionId).query(ACTION).optional();
    }

    List<Action> inPlan(long organisationId, long planId) {
        return jdbc.sql(SELECT + """
                 join section s on s.id = a.section_id
                 where a.organisation_id = ? and a.plan_id = ? and a.archived_at is null
                 order by s.position, a.position""")
                .params(organisationId, planId).query(ACTION).list();
    }

    /** Live and archived, in plan order: what past periods were reported on. */
    List<Action> everInPlan(long organisationId, long planId) {
        return jdbc.sql(SELECT + """
                 join section s on s.id = a.section_id
                 where a.organisation_id = ? and a.plan_id = ?
                 order by s.position, a.position, a.id""")
                .params(organisationId, planId).query(ACTION).list();
    }

    /** Every live action of the organisation's live plans, in plan order, in one statement. */
    List<Action> live(long organisationId) {
        return jdbc.sql(SELECT + """
                 join section s on s.id = a.section_id
                 join plan p on p.id = a.plan_id
                 where a.organisation_id = ? and a.archived_at is null and p.archived_at is null
                 order by p.id, s.position, a.position""")
                .params(organisationId).query(ACTION).list();
    }

    /** These actions, live or archived, in plan order; ids of another organisation's are left out. */
    List<Action> withIds(long organisationId, Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 join section s on s.id = a.section_id
                 where a.organisation_id = :organisation and a.id in (:ids)
                 order by s.position, a.position, a.id""")
                .param("organisation", organisationId).param("ids", actionIds).query(ACTION).list();
    }

    /** Live actions of live plans where one of these people is the lead or responsible officer. */
    List<Action> ledBy(long organisationId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                 join section s on s.id = a.section_id
                 join plan p on p.id = a.plan_id
                 where a.organisation_id = :organisation and a.archived_at is null and p.archived_at is null
                   and (a.lead_person_id in (:people) or a.responsible_person_id in (:people))
                 order by p.title, p.id, s.position, a.position""")
                .param("organisation", organisationId).param("people", personIds).query(ACTION).list();
    }

    List<Action> inSection(long organisationId, long sectionId) {
        return jdbc.sql(SELECT + " where a.organisation_id = ? and a.section_id = ? and a.archived_at is null order by a.position")
                .params(organisationId, sectionId).query(ACTION).list();
    }

    /** Live actions of the plan with these references, keyed by reference. */
    Map<String, Long> idsByReference(long organisationId, long planId, Collection<String> references) {
        Map<String, Long> ids = new HashMap<>();
        if (references.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                select id, reference from action
                where organisation_id = :organisation and plan_id = :plan and archived_at is null
                  and reference in (:references)""")
                .param("organisation", organisationId).param("plan", planId).param("references", references)
                .query(rs -> {
                    ids.put(rs.getString("reference"), rs.getLong("id"));
                });
        return ids;
    }

    long insert(long organisationId, long planId, ActionDetails action) {
        int position = ORDERING.nextPosition(jdbc, scope(action.sectionId(), action.outcomeId()));
        return Inserted.id(jdbc.sql("""
                insert into action (organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                                    lead_person_id, responsible_person_id, due_date, timescale_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, planId, action.sectionId(), action.outcomeId(), position, action.reference(),
                        action.description(), action.leadPersonId(), action.responsiblePersonId(), action.dueDate(),
                        action.timescaleText()));
    }

    /** Moving to another section or outcome puts the action last there. */
    void update(long organisationId, Action current, int version, ActionDetails action) {
        boolean moved = current.sectionId() != action.sectionId()
                || !Objects.equals(current.outcomeId(), action.outcomeId());
        int position = moved ? ORDERING.nextPosition(jdbc, scope(action.sectionId(), action.outcomeId()))
                : current.position();
        int rows = jdbc.sql("""
                update action set section_id = ?, outcome_id = ?, position = ?, reference = ?, description = ?,
                       lead_person_id = ?, responsible_person_id = ?, due_date = ?, timescale_text = ?,
                       version = version + 1
                where organisation_id = ? and plan_id = ? and id = ? and version = ? and archived_at is null""")
                .params(action.sectionId(), action.outcomeId(), position, action.reference(), action.description(),
                        action.leadPersonId(), action.responsiblePersonId(), action.dueDate(), action.timescaleText(),
                        organisationId, current.planId(), current.id(), version)
                .update();
        Updated.exactlyOne(rows, "Action", current.id(), !current.archived());
    }

    void move(Action action, MoveDirection direction) {
        ORDERING.move(jdbc, scope(action.sectionId(), action.outcomeId()), action.id(), action.position(), direction);
    }

    void archive(long organisationId, Action action, int version, Instant now) {
        RemovalClaim.claim(jdbc, "action", "Action", organisationId, action.id(), version);
        var at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("update success_measure set archived_at = ? where archived_at is null and action_id = ?")
                .params(at, action.id()).update();
        jdbc.sql("update action set archived_at = ? where id = ?").params(at, action.id()).update();
    }

    void delete(long organisationId, Action action, int version) {
        RemovalClaim.claim(jdbc, "action", "Action", organisationId, action.id(), version);
        jdbc.sql("delete from action_cross_reference where action_id = ? or referenced_action_id = ?")
                .params(action.id(), action.id()).update();
        jdbc.sql("delete from success_measure where action_id = ?").param(action.id()).update();
        jdbc.sql("delete from action where id = ?").param(action.id()).update();
    }

    List<CrossReference> crossReferencesInPlan(long organisationId, long planId) {
        return jdbc.sql("""
                select x.action_id, x.referenced_action_id, t.reference
                from action_cross_reference x
                join action a on a.id = x.action_id
                join action t on t.id = x.referenced_action_id
                where a.organisation_id = ? and a.plan_id = ? and t.archived_at is null
                order by x.action_id, t.position""")
                .params(organisationId, planId)
                .query((rs, n) -> new CrossReference(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    List<CrossReference> crossReferencesOf(long actionId) {
        return jdbc.sql("""
                select x.action_id, x.referenced_action_id, t.reference
                from action_cross_reference x join action t on t.id = x.referenced_action_id
                where x.action_id = ? and t.archived_at is null order by t.reference""")
                .param(actionId)
                .query((rs, n) -> new CrossReference(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    void replaceCrossReferences(long actionId, Collection<Long> referencedActionIds) {
        jdbc.sql("delete from action_cross_reference where action_id = ?").param(actionId).update();
        for (Long referenced : referencedActionIds) {
            jdbc.sql("insert into action_cross_reference (action_id, referenced_action_id) values (?, ?)")
                    .params(actionId, referenced).update();
        }
    }


    /** Identities start at 1, so 0 stands for "no outcome" without binding a typed null. */
    private static Map<String, Object> scope(long sectionId, Long outcomeId) {
        return Map.of("section", sectionId, "outcome", outcomeId == null ? 0L : outcomeId);
    }
}
