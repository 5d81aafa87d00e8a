package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.util.List;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.DirectionOfTravel;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.indicators.TargetInForce;
import org.improvementtracker.indicators.TargetStatus;
import org.improvementtracker.indicators.YearToDate;

/**
 * What the rules compute for an indicator at a month, with the words and symbols the pages show, so
 * that a report built on the API says exactly what the board reads. Missing figures are null, never 0.
 *
 * @param month the month read
 * @param latestMonth the month judged: the month read, or a quarterly indicator's last quarter end
 */
record StandingJson(String month, String latestMonth, BigDecimal latestValue, String latestDisplay,
        YearToDateJson yearToDate, DirectionJson direction, TargetJson targetInForce, StatusJson status,
        List<BenchmarkJson> benchmarks) {

    record YearToDateJson(YearToDate.State state, BigDecimal value, String display, int monthsCounted,
            int monthsMissing, String reason) {
    }

    record DirectionJson(DirectionOfTravel value, String label, String symbol) {
    }

    record TargetJson(BigDecimal value, String display, TargetInForce.Source source, String sourceLabel) {

        static TargetJson of(Indicator indicator, TargetInForce target) {
            return new TargetJson(target.target(), target.isSet() ? indicator.format(target.target()) : null,
                    target.source(), target.source().label());
        }
    }

    record StatusJson(TargetStatus value, String label) {

        static StatusJson of(TargetStatus status) {
            return new StatusJson(status, status.label());
        }
    }

    record BenchmarkJson(String yearLabel, String kind, String label, BigDecimal value, String display,
            String sourceNote) {
    }

    static StandingJson of(IndicatorStanding standing) {
        Indicator indicator = standing.indicator();
        BigDecimal latest = standing.latest().figure();
        YearToDate ytd = standing.yearToDate();
        DirectionOfTravel direction = standing.direction();
        return new StandingJson(standing.month().toString(), standing.latest().month().toString(), latest,
                latest == null ? "No data" : indicator.format(latest),
                new YearToDateJson(ytd.state(), ytd.value(), ytd.display(indicator.unit(), indicator.decimals()),
                        ytd.monthsCounted(), ytd.monthsMissing(), ytd.reason()),
                new DirectionJson(direction, direction.label(), direction.symbol()),
                TargetJson.of(indicator, standing.target()), StatusJson.of(standing.status()),
                standing.benchmarks().stream().map(benchmark -> benchmarkJson(indicator, benchmark)).toList());
    }

    private static BenchmarkJson benchmarkJson(Indicator indicator, Benchmark benchmark) {
        return new BenchmarkJson(benchmark.yearLabel(), benchmark.kind().name(), benchmark.kind().label(),
                benchmark.value(), indicator.format(benchmark.value()), benchmark.sourceNote());
    }
}
