package org.improvementtracker.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's live actions as flat rows, in plan order, read in four statements whatever the plan's size: the
 * plan, the actions with their section, outcome and people, the success measures, and the ratings that count.
 */
@Service
public class PlanActions {

    private final PlanReader plans;
    private final JdbcClient jdbc;

    public PlanActions(PlanReader plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    public record Rows(Plan plan, List<PlanActionRow> rows) {
    }

    private record ActionRow(long id, String sectionNumber, String sectionTitle, String outcomeNumber,
            String outcomeText, String reference, String description, String lead, String responsible,
            String timescale, LocalDate dueDate) {
    }

    private record Rating(long actionId, int rating, String period) {
    }

    private record Measure(long actionId, String text) {
    }

    @Transactional(readOnly = true)
    public Rows of(long organisationId, long planId) {
        Plan plan = plans.plan(organisationId, planId);
        List<ActionRow> actions = jdbc.sql("""
                select a.id, s.number as section_number, s.title as section_title, o.number as outcome_number,
                       o.text as outcome_text, a.reference, a.description, lead.name as lead,
                       responsible.name as responsible, a.timescale_text as timescale, a.due_date
                from action a
                join section s on s.id = a.section_id
                left join outcome o on o.id = a.outcome_id
                left join person lead on lead.id = a.lead_person_id
                left join person responsible on responsible.id = a.responsible_person_id
                where a.organisation_id = ? and a.plan_id = ? and a.archived_at is null
                order by s.position, s.id, a.position, a.id""")
                .params(organisationId, planId).query(ActionRow.class).list();
        Map<Long, List<String>> measures = new HashMap<>();
        jdbc.sql("""
                select action_id, text from success_measure
                where organisation_id = ? and plan_id = ? and archived_at is null order by action_id, position, id""")
                .params(organisationId, planId).query(Measure.class).list()
                .forEach(measure -> measures.computeIfAbsent(measure.actionId(), id -> new ArrayList<>()).add(measure.text()));
        // The ratings that count, as scores count them (submitted or approved; a returned update's does not), ordered
        // by period so that the last seen for an action is its latest.
        Map<Long, Rating> latest = new HashMap<>();
        jdbc.sql("""
                select u.action_id, u.rating, p.label as period from progress_update u
                join reporting_period p on p.id = u.period_id
                where u.organisation_id = ? and u.plan_id = ? and u.rating is not null
                  and u.state in ('SUBMITTED', 'APPROVED')
                order by p.starts_on, p.id""")
                .params(organisationId, planId).query(Rating.class).list()
                .forEach(rating -> latest.put(rating.actionId(), rating));
        List<PlanActionRow> rows = new ArrayList<>(actions.size());
        for (ActionRow action : actions) {
            Rating rating = latest.get(action.id());
            rows.add(new PlanActionRow(action.sectionNumber(), action.sectionTitle(), action.outcomeNumber(),
                    action.outcomeText(), action.reference(), action.description(), action.lead(), action.responsible(),
                    action.timescale(), action.dueDate(), measures.getOrDefault(action.id(), List.of()),
                    rating == null ? null : plan.ratingScale().text(rating.rating()),
                    rating == null ? null : rating.period()));
        }
        return new Rows(plan, rows);
    }
}
