package org.improvementtracker.indicators;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** One indicator with everything about it: the indicator page and the API's single indicator. */
public record IndicatorDetail(Indicator indicator, List<Benchmark> benchmarks, List<Milestone> milestones,
        List<MonthlyTarget> monthlyTargets, List<Long> linkedActionIds, List<IndicatorValue> values,
        List<ValueEvent> history) {

    public IndicatorTargets targets() {
        return new IndicatorTargets(indicator, milestones, monthlyTargets);
    }

    /** The latest month up to {@code notAfter} with a value, or {@code notAfter} when there is none. */
    public YearMonth latestReported(YearMonth notAfter) {
        return values.stream().filter(value -> value.figures().value() != null).map(IndicatorValue::month)
                .filter(month -> !month.isAfter(notAfter)).max(Comparator.naturalOrder()).orElse(notAfter);
    }

    public IndicatorStanding standingAt(YearMonth month, int monthsShown) {
        return IndicatorStanding.of(targets(), benchmarks, values, month, monthsShown);
    }
}
