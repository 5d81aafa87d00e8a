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
        List<FieldProblem> problems = check.check(indicator, plans.plan(organisationId, indicator.planId()), entry);
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
        Map<Long, Indicator> byId = new HashMap<>();
        Map<Long, Plan> planById = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ValueEntry entry = entries.get(i);
            Indicator indicator = byId.computeIfAbsent(entry.indicatorId(), id -> indicator(organisationId, id));
            Plan plan = planById.computeIfAbsent(indicator.planId(), id -> plans.plan(organisationId, id));
            String prefix = "values[" + i + "].";
            check.check(indicator, plan, entry).forEach(problem ->
                    problems.add(new FieldProblem(prefix + problem.field(), problem.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        entries.forEach(entry -> write(organisationId, accountId, byId.get(entry.indicatorId()), entry, now));
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
