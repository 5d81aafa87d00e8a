package org.improvementtracker.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering monthly values: one month, a grid row or a batch of months, always all or nothing. Every
 * save is guarded by the version the user read and is written to the history with its before and after.
 */
@Service
@Transactional
public class IndicatorValues {

    private final Clock clock;
    private final PlanReader plans;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final ValueEntryCheck check;

    IndicatorValues(Clock clock, PlanReader plans, IndicatorRepository indicators, ValueRepository values,
            ValueEntryCheck check) {
        this.clock = clock;
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
        this.check = check;
    }

    /** One month's figures; problems name the bare field ("value", "month"). */
    public IndicatorValue save(long organisationId, long accountId, ValueEntry entry) {
        Indicator indicator = indicator(organisationId, entry.indicatorId());
        IndicatorTargets targets = new IndicatorTargets(indicator,
                indicators.milestones(organisationId, indicator.id()),
                indicators.monthlyTargets(organisationId, indicator.id()));
        List<FieldProblem> problems = check.check(targets, plans.plan(organisationId, indicator.planId()), entry);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        write(organisationId, accountId, indicator, entry, clock.instant());
        return values.find(organisationId, entry.indicatorId(), entry.month()).orElseThrow();
    }

    /**
     * Several months, of one indicator (a grid row) or several: nothing is saved unless every entry is
     * valid and still as the user read it. Problems name the entry ("values[2].value").
     */
    public void saveAll(long organisationId, long accountId, List<ValueEntry> entries) {
        Batch batch = new Batch(organisationId);
        List<FieldProblem> problems = batch.problems(entries);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        entries.forEach(entry -> write(organisationId, accountId, batch.indicator(entry), entry, now));
    }

    /** What {@link #saveAll} would say about the entries, without saving anything: an upload's preview. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(long organisationId, List<ValueEntry> entries) {
        return new Batch(organisationId).problems(entries);
    }

    /** The indicators, plans and targets a batch of entries needs, each read once per plan or indicator. */
    private final class Batch {

        private final long organisationId;
        private final Map<Long, Indicator> indicatorById = new HashMap<>();
        private final Map<Long, Plan> planById = new HashMap<>();
        private final Map<Long, Map<Long, List<Milestone>>> milestonesByPlan = new HashMap<>();
        private final Map<Long, Map<Long, List<MonthlyTarget>>> monthlyTargetsByPlan = new HashMap<>();

        Batch(long organisationId) {
            this.organisationId = organisationId;
        }

        List<FieldProblem> problems(List<ValueEntry> entries) {
            List<FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                ValueEntry entry = entries.get(i);
                Indicator indicator = indicator(entry);
                String prefix = "values[" + i + "].";
                check.check(targets(indicator), plan(indicator), entry).forEach(problem ->
                        problems.add(new FieldProblem(prefix + problem.field(), problem.message())));
            }
            return problems;
        }

        Indicator indicator(ValueEntry entry) {
            return indicatorById.computeIfAbsent(entry.indicatorId(),
                    id -> IndicatorValues.this.indicator(organisationId, id));
        }

        private Plan plan(Indicator indicator) {
            return planById.computeIfAbsent(indicator.planId(), id -> plans.plan(organisationId, id));
        }

        private IndicatorTargets targets(Indicator indicator) {
            long planId = indicator.planId();
            List<Milestone> milestones = milestonesByPlan.computeIfAbsent(planId,
                    id -> indicators.milestonesInPlan(organisationId, id, null)).getOrDefault(indicator.id(), List.of());
            List<MonthlyTarget> monthlyTargets = monthlyTargetsByPlan.computeIfAbsent(planId,
                    id -> indicators.monthlyTargetsInPlan(organisationId, id, null))
                    .getOrDefault(indicator.id(), List.of());
            return new IndicatorTargets(indicator, milestones, monthlyTargets);
        }
    }

    private void write(long organisationId, long accountId, Indicator indicator, ValueEntry entry, Instant now) {
        Figures before = values.find(organisationId, entry.indicatorId(), entry.month())
                .map(IndicatorValue::figures).orElse(null);
        Figures after = entry.figures().withValueFor(indicator.unit());
        values.save(organisationId, entry, after, accountId, now);
        values.recordEvent(organisationId, entry, before, after, accountId, now);
    }

    private Indicator indicator(long organisationId, long indicatorId) {
        return indicators.find(organisationId, indicatorId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }
}
