package org.improvementtracker.plans;

import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a whole plan at once, as an import brings it: the plan, then each level in one JDBC batch, reading
 * back the new rows' ids in one statement per level (by their positions), so a plan of thousands of actions
 * takes a fixed number of statements. Runs in the caller's transaction: a refused row writes nothing.
 */
@Service
@Transactional
public class PlanImport {

    private final Clock clock;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PlanRepository plans;
    private final PlanReader reader;
    private final AuditTrail audit;

    PlanImport(Clock clock, JdbcClient jdbc, JdbcTemplate batch, PlanRepository plans, PlanReader reader,
            AuditTrail audit) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.batch = batch;
        this.plans = plans;
        this.reader = reader;
        this.audit = audit;
    }

    /**
     * Creates the plan with its sections, outcomes, actions and success measures. The audit trail records the
     * plan (with what it was imported from and how much it holds) and each action, in one batch.
     *
     * @return the new actions' ids in plan order (sections, then outcomes, then actions)
     */
    public CreatedPlan create(long organisationId, PlanDetails details, List<NewSection> sections, String source) {
        long planId = plans.insert(organisationId, details, clock.instant());
        insertSections(organisationId, planId, sections);
        Map<String, Long> sectionIds = idsByPlace("select id, position", "section", organisationId, planId);
        insertOutcomes(organisationId, planId, sections, sectionIds);
        Map<String, Long> outcomeIds = idsByPlace("select id, section_id, position", "outcome", organisationId,
                planId);
        List<PlacedAction> placed = placeActions(sections, sectionIds, outcomeIds);
        insertActions(organisationId, planId, placed);
        Map<String, Long> actionIds = idsByPlace(
                "select id, section_id, coalesce(outcome_id, 0), position", "action", organisationId, planId);
        List<Long> ids = placed.stream().map(action -> actionIds.get(action.place())).toList();
        insertMeasures(organisationId, planId, placed, ids);
        Plan plan = reader.plan(organisationId, planId);
        audit.created(organisationId, Audited.plan(plan), Map.of("plan", plan, "importedFrom", source,
                "sections", sections.size(), "actions", ids.size()));
        audit.all(reader.actionsEverInPlan(organisationId, planId).stream()
                .map(action -> new AuditEvent(organisationId,
                        Audited.action(action), AuditAction.CREATE, null, action))
                .toList());
        return new CreatedPlan(planId, ids);
    }

    /** A new plan's id and its actions' ids in plan order. */
    public record CreatedPlan(long planId, List<Long> actionIds) {

        public CreatedPlan {
            actionIds = List.copyOf(actionIds);
        }
    }

    private record PlacedAction(long sectionId, Long outcomeId, int position, NewAction action) {

        String place() {
            return sectionId + "/" + (outcomeId == null ? 0 : outcomeId) + "/" + position;
        }
    }

    private void insertSections(long organisationId, long planId, List<NewSection> sections) {
        List<Object[]> rows = new ArrayList<>();
        for (int at = 0; at < sections.size(); at++) {
            NewSection section = sections.get(at);
            rows.add(new Object[] {organisationId, planId, at + 1, section.number(), section.title()});
        }
        batch.batchUpdate("insert into section (organisation_id, plan_id, position, number, title) values (?, ?, ?, ?, ?)",
                rows);
    }

    private void insertOutcomes(long organisationId, long planId, List<NewSection> sections,
            Map<String, Long> sectionIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int at = 0; at < sections.size(); at++) {
            int position = 0;
            for (NewOutcome outcome : sections.get(at).outcomes()) {
                if (!outcome.holdsActionsDirectly()) {
                    rows.add(new Object[] {organisationId, planId, sectionIds.get(Integer.toString(at + 1)),
                            ++position, outcome.number(), outcome.text()});
                }
            }
        }
        batch.batchUpdate("""
                insert into outcome (organisation_id, plan_id, section_id, position, number, text)
                values (?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Where each action goes: its section, outcome (by the outcomes' positions) and position among siblings. */
    private static List<PlacedAction> placeActions(List<NewSection> sections, Map<String, Long> sectionIds,
            Map<String, Long> outcomeIds) {
        List<PlacedAction> placed = new ArrayList<>();
        for (int at = 0; at < sections.size(); at++) {
            long sectionId = sectionIds.get(Integer.toString(at + 1));
            int outcomePosition = 0;
            int directPosition = 0;
            for (NewOutcome outcome : sections.get(at).outcomes()) {
                Long outcomeId = outcome.holdsActionsDirectly() ? null
                        : outcomeIds.get(sectionId + "/" + ++outcomePosition);
                int position = 0;
                for (NewAction action : outcome.actions()) {
                    placed.add(new PlacedAction(sectionId, outcomeId,
                            outcomeId == null ? ++directPosition : ++position, action));
                }
            }
        }
        return placed;
    }

    private void insertActions(long organisationId, long planId, List<PlacedAction> placed) {
        batch.batchUpdate("""
                insert into action (organisation_id, plan_id, section_id, outcome_id, position, reference, description,
                                    lead_person_id, responsible_person_id, due_date, timescale_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", placed.stream().map(at -> new Object[] {organisationId,
                planId, at.sectionId(), at.outcomeId(), at.position(), at.action().reference(),
                at.action().description(), at.action().leadPersonId(), at.action().responsiblePersonId(),
                at.action().dueDate(), at.action().timescaleText()}).toList(),
                new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
                        Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
                        Types.BIGINT, Types.DATE, Types.VARCHAR});
    }

    private void insertMeasures(long organisationId, long planId, List<PlacedAction> placed, List<Long> actionIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int at = 0; at < placed.size(); at++) {
            List<String> measures = placed.get(at).action().successMeasures();
            for (int position = 0; position < measures.size(); position++) {
                rows.add(new Object[] {organisationId, planId, actionIds.get(at), position + 1, measures.get(position)});
            }
        }
        batch.batchUpdate("""
                insert into success_measure (organisation_id, plan_id, action_id, position, text)
                values (?, ?, ?, ?, ?)""", rows);
    }

    /**
     * The plan's rows of one table by where they sit, in one statement: the id, then the columns that place a
     * row among its siblings, joined with "/" ("12/3" is position 3 of section 12). Table and columns are
     * constants of this class, never input.
     */
    private Map<String, Long> idsByPlace(String select, String table, long organisationId, long planId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql(select + " from " + table + " where organisation_id = ? and plan_id = ?")
                .params(organisationId, planId).query((rs, n) -> {
                    List<String> place = new ArrayList<>();
                    for (int column = 2; column <= rs.getMetaData().getColumnCount(); column++) {
                        place.add(Long.toString(rs.getLong(column)));
                    }
                    return Map.entry(String.join("/", place), rs.getLong(1));
                }).list().forEach(entry -> ids.put(entry.getKey(), entry.getValue()));
        return ids;
    }
}
