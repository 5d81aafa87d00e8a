package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.Milestone;
import org.improvementtracker.indicators.MonthlyTarget;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;

/**
 * An indicator's definition as the API takes it. Checked by the service, not here, so that another
 * organisation's plan or indicator is "not found" before anything is said about the fields.
 * Decimals default to 1, the year to date to the sum and frequency to monthly; version is for changes.
 */
record IndicatorRequest(Long sectionId, String code, String name, String definition, Unit unit, Polarity polarity,
        BigDecimal rangeLower, BigDecimal rangeUpper, Integer decimals, YearToDateRule yearToDateRule,
        Frequency frequency, String baselineLabel, YearMonth baselineMonth, BigDecimal baselineValue,
        BigDecimal annualTarget, BigDecimal tolerance, Long dataOwnerPersonId, List<Benchmark> benchmarks,
        List<Milestone> trajectory, List<MonthlyTarget> monthlyTargets, List<Long> actionIds, Integer version) {

    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(sectionId, code, name, definition, unit, polarity, rangeLower, rangeUpper,
                decimals == null ? 1 : decimals, yearToDateRule == null ? YearToDateRule.SUM : yearToDateRule,
                frequency == null ? Frequency.MONTHLY : frequency, baselineLabel, baselineMonth, baselineValue,
                annualTarget, tolerance, dataOwnerPersonId, benchmarks, trajectory, monthlyTargets, actionIds);
    }
}
