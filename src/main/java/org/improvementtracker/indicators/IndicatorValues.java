package org.improvementtracker.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.indicators.ValueRepository.Write;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditTrail;
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
    private final AuditTrail audit;

    IndicatorValues(Clock clock, PlanReader plans, IndicatorRepository indicators, ValueRepository values,
            ValueEntryCheck check, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
        this.check = check;
    }

    /** One month's figures; problems name the bare field ("value", "month"). */
    public IndicatorValue save(long organisationId, long accountId, ValueEntry entry) {
        Indicator indicator = indicator(organisationId, entry.indicatorId());
        IndicatorTargets targets = indicators.targets(organisationId, indicator);
        List<FieldProblem> problems = check.check(targets, plans.plan(organisationId, indicator.planId()), entry);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writeAll(organisationId, accountId, Map.of(indicator.id(), indicator), List.of(entry), clock.instant());
        return values.find(organisationId, entry.indicatorId(), entry.month()).orElseThrow();
    }

    /**
     * Several months, of one indicator (a grid row) or several: nothing is saved unless every entry is
     * valid and still as the user read it. Problems name the entry ("values[2].value").
     */
    public void saveAll(long organisationId, long accountId, List<ValueEntry> entries) {
        Batch batch = new Batch(organisationId, entries);
        List<FieldProblem> problems = batch.problems(entries);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writeAll(organisationId, accountId, batch.indicatorById, entries, clock.instant());
    }

    /** What {@link #saveAll} would say about the entries, without saving anything: an upload's preview. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(long organisationId, List<ValueEntry> entries) {
        return new Batch(organisationId, entries).problems(entries);
    }

    /** The indicators, plans and targets a batch of entries needs: the indicators at once, the rest once per plan. */
    private final class Batch {

        private final long organisationId;
        private final Map<Long, Indicator> indicatorById = new HashMap<>();
        private final Map<Long, Plan> planById = new HashMap<>();
        private final Map<Long, Map<Long, List<Milestone>>> milestonesByPlan = new HashMap<>();
        private final Map<Long, Map<Long, List<MonthlyTarget>>> monthlyTargetsByPlan = new HashMap<>();

        Batch(long organisationId, List<ValueEntry> entries) {
            this.organisationId = organisationId;
            indicators.findAll(organisationId, entries.stream().map(ValueEntry::indicatorId).distinct().toList())
                    .forEach(indicator -> indicatorById.put(indicator.id(), indicator));
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

    /**
     * Writes a batch in a fixed number of statements however many entries it has: the months it replaces
     * read at once, then one batch each of inserts, version-guarded updates and history events. A month
     * saved by someone else since it was read is a conflict, and the transaction takes the whole batch back.
     */
    private void writeAll(long organisationId, long accountId, Map<Long, Indicator> indicatorById,
            List<ValueEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        Map<Long, Map<YearMonth, IndicatorValue>> stored = new HashMap<>();
        YearMonth from = entries.stream().map(ValueEntry::month).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = entries.stream().map(ValueEntry::month).max(Comparator.naturalOrder()).orElseThrow();
        values.existing(organisationId, indicatorById.keySet(), from, to).forEach(value ->
                stored.computeIfAbsent(value.indicatorId(), id -> new HashMap<>()).put(value.month(), value));
        List<Write> inserts = new ArrayList<>();
        List<Write> updates = new ArrayList<>();
        for (ValueEntry entry : entries) {
            IndicatorValue current = stored.getOrDefault(entry.indicatorId(), Map.of()).get(entry.month());
            if (current == null ? entry.version() != null : !Integer.valueOf(current.version()).equals(entry.version())) {
                throw ValueRepository.conflict(entry);
            }
            Figures after = entry.figures().withValueFor(indicatorById.get(entry.indicatorId()).unit());
            (current == null ? inserts : updates).add(new Write(entry, current == null ? null : current.figures(), after));
        }
        values.insertAll(organisationId, inserts, accountId, now);
        values.updateAll(organisationId, updates, accountId, now);
        List<Write> all = new ArrayList<>(inserts);
        all.addAll(updates);
        values.recordEvents(organisationId, all, accountId, now);
        audit.all(all.stream().filter(write -> !write.after().equals(write.before()))
                .map(write -> recorded(organisationId, indicatorById.get(write.entry().indicatorId()), write)).toList());
    }

    /** One entry per month whose figures changed: the whole batch is stored in one batch statement. */
    private static AuditEvent recorded(long organisationId, Indicator indicator, Write write) {
        YearMonth month = write.entry().month();
        return new AuditEvent(organisationId, AuditedIndicator.valueSubject(indicator, month),
                write.before() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                AuditedIndicator.Value.of(month, write.before()), AuditedIndicator.Value.of(month, write.after()));
    }

    private Indicator indicator(long organisationId, long indicatorId) {
        return indicators.find(organisationId, indicatorId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }
}
