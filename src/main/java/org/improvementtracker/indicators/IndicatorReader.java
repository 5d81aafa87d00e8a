package org.improvementtracker.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything pages and the API read about indicators, scoped to the organisation, each in a fixed
 * number of statements however many indicators and months there are: months are filtered in SQL and
 * values grouped in memory.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorReader {

    private final PlanReader plans;
    private final IndicatorRepository indicators;
    private final ValueRepository values;

    IndicatorReader(PlanReader plans, IndicatorRepository indicators, ValueRepository values) {
        this.plans = plans;
        this.indicators = indicators;
        this.values = values;
    }

    /** The live indicators of a plan, or of one of its sections when a section is given, with their values from..to. */
    public List<IndicatorMonths> ofPlan(long organisationId, long planId, Long sectionId, YearMonth from,
            YearMonth to) {
        plans.plan(organisationId, planId);
        Map<Long, List<IndicatorValue>> byIndicator = values.inPlan(organisationId, planId, sectionId, from, to)
                .stream().collect(Collectors.groupingBy(IndicatorValue::indicatorId));
        return indicators.inPlan(organisationId, planId, sectionId).stream()
                .map(indicator -> new IndicatorMonths(indicator, byIndicator.getOrDefault(indicator.id(), List.of())))
                .toList();
    }

    /**
     * Where each of the plan's live indicators (or one section's) stands at a month, with the months
     * shown before it: six statements, whatever the number of indicators and months.
     */
    public List<IndicatorStanding> standings(long organisationId, long planId, Long sectionId, YearMonth month,
            int monthsShown) {
        return withTargets(organisationId, planId, sectionId,
                ofPlan(organisationId, planId, sectionId, firstMonthRead(month, monthsShown), month), month,
                monthsShown);
    }

    /**
     * Where these indicators of one plan stand at a month (an action page's few), reading only their
     * values: five statements however many indicators the plan has.
     */
    public List<IndicatorStanding> standingsOf(long organisationId, long planId, List<Indicator> chosen,
            YearMonth month, int monthsShown) {
        Map<Long, List<IndicatorValue>> byIndicator = values.existing(organisationId,
                chosen.stream().map(Indicator::id).toList(), firstMonthRead(month, monthsShown), month).stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId));
        List<IndicatorMonths> rows = chosen.stream()
                .map(indicator -> new IndicatorMonths(indicator, byIndicator.getOrDefault(indicator.id(), List.of())))
                .toList();
        return withTargets(organisationId, planId, null, rows, month, monthsShown);
    }

    /** The year to date needs the financial year to the month; the table, the months shown. */
    private static YearMonth firstMonthRead(YearMonth month, int monthsShown) {
        YearMonth firstShown = month.minusMonths(monthsShown - 1L);
        YearMonth yearStart = FinancialYear.of(month).first();
        return firstShown.isBefore(yearStart) ? firstShown : yearStart;
    }

    private List<IndicatorStanding> withTargets(long organisationId, long planId, Long sectionId,
            List<IndicatorMonths> rows, YearMonth month, int monthsShown) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Benchmark>> benchmarks = indicators.benchmarksInPlan(organisationId, planId, sectionId);
        Map<Long, List<Milestone>> milestones = indicators.milestonesInPlan(organisationId, planId, sectionId);
        Map<Long, List<MonthlyTarget>> monthlyTargets = indicators.monthlyTargetsInPlan(organisationId, planId,
                sectionId);
        return rows.stream().map(row -> {
            long id = row.indicator().id();
            IndicatorTargets targets = new IndicatorTargets(row.indicator(), milestones.getOrDefault(id, List.of()),
                    monthlyTargets.getOrDefault(id, List.of()));
            return IndicatorStanding.of(targets, benchmarks.getOrDefault(id, List.of()), row.values(), month,
                    monthsShown);
        }).toList();
    }

    /**
     * The month a plan's figures are read at by default: the latest up to {@code notAfter} with any
     * value, since figures come in at different times; {@code notAfter} itself when there are none.
     */
    public YearMonth latestReported(long organisationId, long planId, YearMonth notAfter) {
        return values.latestMonth(organisationId, planId, notAfter).orElse(notAfter);
    }

    /** Archived indicators are found too, so their history stays readable. */
    public Indicator indicator(long organisationId, long indicatorId) {
        return indicators.find(organisationId, indicatorId)
                .orElseThrow(() -> new NotFoundException("Indicator", indicatorId));
    }

    public IndicatorDetail detail(long organisationId, long indicatorId) {
        Indicator indicator = indicator(organisationId, indicatorId);
        return new IndicatorDetail(indicator, indicators.benchmarks(organisationId, indicatorId),
                indicators.milestones(organisationId, indicatorId),
                indicators.monthlyTargets(organisationId, indicatorId),
                indicators.linkedActions(organisationId, indicatorId), values.ofIndicator(organisationId, indicatorId),
                values.history(organisationId, indicatorId));
    }

    public IndicatorTargets targets(long organisationId, long indicatorId) {
        return indicators.targets(organisationId, indicator(organisationId, indicatorId));
    }

    /** The live indicators that evidence an action's success measures: the action page. */
    public List<Indicator> linkedTo(long organisationId, long actionId) {
        return indicators.linkedTo(organisationId, actionId);
    }
}
