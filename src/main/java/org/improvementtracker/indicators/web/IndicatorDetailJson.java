package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorTargets;
import org.improvementtracker.indicators.Milestone;
import org.improvementtracker.indicators.ValueEvent;

/** One indicator: its definition with every value, benchmarks, trajectory, monthly targets, links and history. */
record IndicatorDetailJson(IndicatorJson indicator, List<Benchmark> benchmarks, List<Milestone> trajectory,
        List<MonthlyTargetJson> monthlyTargets, List<Long> linkedActionIds, List<HistoryJson> history) {

    record MonthlyTargetJson(String month, BigDecimal target) {
    }

    record HistoryJson(String month, Figures before, Figures after, String enteredBy, Instant enteredAt) {

        static HistoryJson of(ValueEvent event) {
            return new HistoryJson(event.month().toString(), event.before(), event.after(), event.accountName(),
                    event.happenedAt());
        }
    }

    /** Every month entered, each with its target in force and status; where it stands at the month read. */
    static IndicatorDetailJson of(IndicatorDetail detail, YearMonth month, int monthsShown) {
        IndicatorTargets targets = detail.targets();
        List<MonthJson> months = detail.values().stream().map(value -> MonthJson.of(targets, value)).toList();
        return new IndicatorDetailJson(IndicatorJson.of(detail.indicator(), months,
                StandingJson.of(detail.standingAt(month, monthsShown))),
                detail.benchmarks(), detail.milestones(),
                detail.monthlyTargets().stream()
                        .map(target -> new MonthlyTargetJson(target.month().toString(), target.target())).toList(),
                detail.linkedActionIds(), detail.history().stream().map(HistoryJson::of).toList());
    }
}
