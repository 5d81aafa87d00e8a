package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.util.List;

import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;

/**
 * An indicator as the API shows it: its definition, its months, and where it stands at the month
 * read (year to date, direction of travel, target in force, status, benchmarks).
 */
record IndicatorJson(long id, long planId, Long sectionId, String code, String name, String definition, Unit unit,
        Polarity polarity, BigDecimal rangeLower, BigDecimal rangeUpper, int decimals, YearToDateRule yearToDateRule,
        Frequency frequency, Baseline baseline, BigDecimal annualTarget, BigDecimal tolerance, Long dataOwnerPersonId,
        boolean archived, int version, List<MonthJson> months, StandingJson standing) {

    record Baseline(String label, String month, BigDecimal value) {
    }

    static IndicatorJson of(Indicator indicator, List<MonthJson> months, StandingJson standing) {
        return new IndicatorJson(indicator.id(), indicator.planId(), indicator.sectionId(), indicator.code(),
                indicator.name(), indicator.definition(), indicator.unit(), indicator.polarity(),
                indicator.rangeLower(), indicator.rangeUpper(), indicator.decimals(), indicator.yearToDateRule(),
                indicator.frequency(), new Baseline(indicator.baselineLabel(),
                        indicator.baselineMonth() == null ? null : indicator.baselineMonth().toString(),
                        indicator.baselineValue()),
                indicator.annualTarget(), indicator.tolerance(), indicator.dataOwnerPersonId(), indicator.archived(),
                indicator.version(), months, standing);
    }
}
