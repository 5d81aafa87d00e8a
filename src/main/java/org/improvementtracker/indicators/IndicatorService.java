package org.improvementtracker.indicators;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.improvementtracker.people.People;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defining, changing and archiving a plan's indicators. */
@Service
@Transactional
public class IndicatorService {

    private final Clock clock;
    private final PlanReader plans;
    private final People people;
    private final IndicatorRepository indicators;
    private final AuditTrail audit;

    IndicatorService(Clock clock, PlanReader plans, People people, IndicatorRepository indicators, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
        this.people = people;
        this.indicators = indicators;
    }

    public long define(long organisationId, long planId, IndicatorDefinition definition) {
        Plan plan = plans.plan(organisationId, planId);
        requireValid(organisationId, plan, null, definition);
        long indicatorId = indicators.insert(organisationId, planId, definition);
        indicators.replaceParts(organisationId, indicatorId, definition);
        AuditedIndicator created = AuditedIndicator.read(indicators, organisationId, indicator(organisationId, indicatorId));
        audit.created(organisationId, AuditedIndicator.subject(created.indicator()), created);
        return indicatorId;
    }

    /** Replaces the definition with its benchmarks, milestones, monthly targets and links, if still at this version. */
    public void change(long organisationId, long indicatorId, int version, IndicatorDefinition definition) {
        Indicator indicator = indicator(organisationId, indicatorId);
        Plan plan = plans.plan(organisationId, indicator.planId());
        requireValid(organisationId, plan, indicatorId, definition);
        AuditedIndicator before = AuditedIndicator.read(indicators, organisationId, indicator);
        indicators.update(organisationId, indicatorId, version, definition);
        indicators.replaceParts(organisationId, indicatorId, definition);
        AuditedIndicator after = AuditedIndicator.read(indicators, organisationId, indicator(organisationId, indicatorId));
        audit.updated(organisationId, AuditedIndicator.subject(after.indicator()), before, after);
    }

    /** Archived, never deleted: its values are history. It leaves the plan's tables but stays readable by id. */
    public void archive(long organisationId, long indicatorId, int version) {
        Indicator before = indicator(organisationId, indicatorId);
        indicators.archive(organisationId, indicatorId, version, clock.instant());
        Indicator after = indicator(organisationId, indicatorId);
        audit.archived(organisationId, AuditedIndicator.subject(after), before, after);
    }

    private Indicator indicator(long organisationId, long indicatorId) {
        return indicators.find(organisationId, indicatorId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }

    private void requireValid(long organisationId, Plan plan, Long indicatorId, IndicatorDefinition definition) {
        List<FieldProblem> problems = new ArrayList<>(definition.problems());
        if (definition.code() != null && !definition.code().isEmpty()
                && indicators.codeTaken(plan.id(), definition.code(), indicatorId)) {
            problems.add(new FieldProblem("code", "Another indicator of this plan has the code " + definition.code()));
        }
        if (definition.sectionId() != null && plans.sections(organisationId, plan.id()).stream()
                .noneMatch(section -> section.id() == definition.sectionId())) {
            problems.add(new FieldProblem("sectionId", "Choose a section of this plan"));
        }
        if (!definition.actionIds().isEmpty()) {
            Set<Long> inPlan = plans.actionsEverInPlan(organisationId, plan.id()).stream().map(Action::id)
                    .collect(Collectors.toSet());
            if (!inPlan.containsAll(definition.actionIds())) {
                problems.add(new FieldProblem("actionIds", "Choose actions of this plan"));
            }
        }
        try {
            people.requireMembers(organisationId, "dataOwnerPersonId", definition.dataOwnerPersonId());
        } catch (InvalidInputException notOurs) {
            problems.addAll(notOurs.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
