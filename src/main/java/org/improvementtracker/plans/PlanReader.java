package org.improvementtracker.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.support.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a page or the API reads about plans. Each method issues a fixed number of statements,
 * however many actions the plan holds, and filters in SQL, scoped to the organisation.
 */
@Service
@Transactional(readOnly = true)
public class PlanReader {

    /** "Due soon" on the plan overview: due within this many days from today. */
    static final int DUE_SOON_DAYS = 28;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PlanRepository plans;
    private final SectionRepository sections;
    private final OutcomeRepository outcomes;
    private final ActionRepository actions;
    private final SuccessMeasureRepository measures;
    private final GlossaryRepository glossary;

    PlanReader(JdbcClient jdbc, Clock clock, PlanRepository plans, SectionRepository sections,
            OutcomeRepository outcomes, ActionRepository actions, SuccessMeasureRepository measures,
            GlossaryRepository glossary) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.plans = plans;
        this.sections = sections;
        this.outcomes = outcomes;
        this.actions = actions;
        this.measures = measures;
        this.glossary = glossary;
    }

    public List<Plan> plans(long organisationId) {
        return plans.all(organisationId);
    }

    public Plan plan(long organisationId, long planId) {
        return plans.find(organisationId, planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }

    public Section section(long organisationId, long planId, long sectionId) {
        return sections.find(organisationId, planId, sectionId)
                .orElseThrow(() -> new NotFoundException("Section", sectionId));
    }

    public List<Section> sections(long organisationId, long planId) {
        return sections.inPlan(organisationId, planId);
    }

    /** Every section the plan has had, archived ones included, in plan order. */
    public List<Section> sectionsEverInPlan(long organisationId, long planId) {
        return sections.everInPlan(organisationId, planId);
    }

    public Outcome outcome(long organisationId, long planId, long outcomeId) {
        return outcomes.find(organisationId, planId, outcomeId)
                .orElseThrow(() -> new NotFoundException("Outcome", outcomeId));
    }

    public List<Outcome> outcomes(long organisationId, long planId) {
        return outcomes.inPlan(organisationId, planId);
    }

    /** Archived actions are still found here, so their history stays reachable by link. */
    public Action action(long organisationId, long planId, long actionId) {
        return actions.find(organisationId, planId, actionId)
                .orElseThrow(() -> new NotFoundException("Action", actionId));
    }

    /**
     * Every action the plan has had, archived ones included, in plan order: reports on past periods
     * still count what was rated then.
     */
    public List<Action> actionsEverInPlan(long organisationId, long planId) {
        return actions.everInPlan(organisationId, planId);
    }

    /** These actions, archived ones included, in plan order, in one statement. */
    public List<Action> actionsWithIds(long organisationId, Collection<Long> actionIds) {
        return actions.withIds(organisationId, actionIds);
    }

    /** Every live section across the organisation's live plans, in plan order. */
    public List<Section> liveSections(long organisationId) {
        return sections.live(organisationId);
    }

    /** Every live action across the organisation's live plans, in plan order. */
    public List<Action> liveActions(long organisationId) {
        return actions.live(organisationId);
    }

    /** "My actions": live actions, across the organisation's plans, led by or the responsibility of these people. */
    public List<Action> actionsLedBy(long organisationId, Collection<Long> personIds) {
        return actions.ledBy(organisationId, personIds);
    }

    /** The section an action belongs to, also when both were archived together. */
    public Section sectionOf(long organisationId, Action action) {
        return sectionEvenIfArchived(organisationId, action.planId(), action.sectionId());
    }

    /** A section of the plan, also an archived one, for what still refers to it. */
    public Section sectionEvenIfArchived(long organisationId, long planId, long sectionId) {
        return sections.findEvenIfArchived(organisationId, planId, sectionId)
                .orElseThrow(() -> new NotFoundException("Section", sectionId));
    }

    /** The outcome an action belongs to (null for none), also when both were archived together. */
    public Outcome outcomeOf(long organisationId, Action action) {
        if (action.outcomeId() == null) {
            return null;
        }
        return outcomes.findEvenIfArchived(organisationId, action.planId(), action.outcomeId())
                .orElseThrow(() -> new NotFoundException("Outcome", action.outcomeId()));
    }

    public SuccessMeasure measure(long organisationId, long planId, long measureId) {
        return measures.find(organisationId, planId, measureId)
                .orElseThrow(() -> new NotFoundException("Success measure", measureId));
    }

    public List<SuccessMeasure> measures(long organisationId, long actionId) {
        return measures.ofAction(organisationId, actionId);
    }

    public List<CrossReference> crossReferences(long actionId) {
        return actions.crossReferencesOf(actionId);
    }

    public List<GlossaryTerm> glossary(long organisationId, long planId) {
        return glossary.ofPlan(organisationId, planId);
    }

    public GlossaryTerm glossaryTerm(long organisationId, long planId, long termId) {
        return glossary.find(organisationId, planId, termId)
                .orElseThrow(() -> new NotFoundException("Glossary term", termId));
    }

    public PlanOverview overview(long organisationId, long planId) {
        Plan plan = plan(organisationId, planId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> outcomeCounts = new HashMap<>();
        jdbc.sql("""
                select section_id, count(*) from outcome
                where organisation_id = ? and plan_id = ? and archived_at is null group by section_id""")
                .params(organisationId, planId)
                .query(rs -> {
                    outcomeCounts.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, int[]> actionCounts = new HashMap<>();
        jdbc.sql("""
                select section_id, count(*),
                       sum(case when due_date >= :today and due_date <= :soon then 1 else 0 end),
                       sum(case when due_date < :today then 1 else 0 end)
                from action
                where organisation_id = :organisation and plan_id = :plan and archived_at is null
                group by section_id""")
                .param("today", today).param("soon", today.plusDays(DUE_SOON_DAYS))
                .param("organisation", organisationId).param("plan", planId)
                .query(rs -> {
                    actionCounts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        List<PlanOverview.SectionSummary> summaries = sections.inPlan(organisationId, planId).stream()
                .map(section -> {
                    int[] counts = actionCounts.getOrDefault(section.id(), new int[3]);
                    return new PlanOverview.SectionSummary(section, outcomeCounts.getOrDefault(section.id(), 0),
                            counts[0], counts[1], counts[2]);
                })
                .toList();
        return new PlanOverview(plan, summaries);
    }

    public PlanTree tree(long organisationId, long planId) {
        Plan plan = plan(organisationId, planId);
        Map<Long, List<SuccessMeasure>> measuresByAction = measures.inPlan(organisationId, planId).stream()
                .collect(Collectors.groupingBy(SuccessMeasure::actionId));
        Map<Long, List<CrossReference>> referencesByAction = actions.crossReferencesInPlan(organisationId, planId)
                .stream().collect(Collectors.groupingBy(CrossReference::actionId));
        List<PlanTree.ActionNode> actionNodes = actions.inPlan(organisationId, planId).stream()
                .map(action -> new PlanTree.ActionNode(action, measuresByAction.getOrDefault(action.id(), List.of()),
                        referencesByAction.getOrDefault(action.id(), List.of())))
                .toList();
        return new PlanTree(plan, assemble(sections.inPlan(organisationId, planId),
                outcomes.inPlan(organisationId, planId), actionNodes));
    }

    /** One section with its outcomes and actions (no measures): the section page. */
    public PlanTree.SectionNode sectionTree(long organisationId, long planId, long sectionId) {
        Section section = section(organisationId, planId, sectionId);
        List<PlanTree.ActionNode> actionNodes = actions.inSection(organisationId, sectionId).stream()
                .map(action -> new PlanTree.ActionNode(action, List.of(), List.of()))
                .toList();
        return assemble(List.of(section), outcomes.inSection(organisationId, sectionId), actionNodes).get(0);
    }

    public List<Action> search(long organisationId, long planId, ActionFilter filter) {
        StringBuilder where = new StringBuilder(" where a.organisation_id = :organisation and a.plan_id = :plan"
                + " and a.archived_at is null");
        Map<String, Object> params = new HashMap<>(Map.of("organisation", organisationId, "plan", planId));
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.description) like :text escape '\\' or lower(a.reference) like :text escape '\\')");
            params.put("text", "%" + likeEscaped(filter.text().strip().toLowerCase()) + "%");
        }
        if (filter.leadPersonId() != null) {
            where.append(" and (a.lead_person_id = :lead or a.responsible_person_id = :lead)");
            params.put("lead", filter.leadPersonId());
        }
        if (filter.sectionId() != null) {
            where.append(" and a.section_id = :section");
            params.put("section", filter.sectionId());
        }
        if (filter.dueFrom() != null) {
            where.append(" and a.due_date >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" and a.due_date <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        return jdbc.sql(ActionRepository.SELECT + " join section s on s.id = a.section_id" + where
                + " order by s.position, a.position")
                .params(params).query(ActionRepository.ACTION).list();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<PlanTree.SectionNode> assemble(List<Section> sectionList, List<Outcome> outcomeList,
            List<PlanTree.ActionNode> actionNodes) {
        Map<Long, List<PlanTree.ActionNode>> byOutcome = new HashMap<>();
        Map<Long, List<PlanTree.ActionNode>> bySectionOnly = new HashMap<>();
        for (PlanTree.ActionNode node : actionNodes) {
            Long outcomeId = node.action().outcomeId();
            if (outcomeId == null) {
                bySectionOnly.computeIfAbsent(node.action().sectionId(), id -> new ArrayList<>()).add(node);
            } else {
                byOutcome.computeIfAbsent(outcomeId, id -> new ArrayList<>()).add(node);
            }
        }
        Map<Long, List<PlanTree.OutcomeNode>> outcomesBySection = new HashMap<>();
        for (Outcome outcome : outcomeList) {
            outcomesBySection.computeIfAbsent(outcome.sectionId(), id -> new ArrayList<>())
                    .add(new PlanTree.OutcomeNode(outcome, byOutcome.getOrDefault(outcome.id(), List.of())));
        }
        return sectionList.stream()
                .map(section -> new PlanTree.SectionNode(section,
                        outcomesBySection.getOrDefault(section.id(), List.of()),
                        bySectionOnly.getOrDefault(section.id(), List.of())))
                .toList();
    }
}
