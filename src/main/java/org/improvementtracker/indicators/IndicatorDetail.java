package org.improvementtracker.indicators;

import java.time.YearMonth;
import java.util.List;

/** One indicator with everything about it: the indicator page and the API's single indicator. */
public record IndicatorDetail(Indicator indicator, List<Benchmark> benchmarks, List<Milestone> milestones,
        List<MonthlyTarget> monthlyTargets, List<Long> linkedActionIds, List<IndicatorValue> values,
        List<ValueEvent> history) {

    public IndicatorTargets targets() {
        return new IndicatorTargets(indicator, milestones, monthlyTargets);
    }

    public IndicatorStanding standingAt(YearMonth month, int monthsShown) {
        return IndicatorStanding.of(targets(), benchmarks, values, month, monthsShown);
    }
}
