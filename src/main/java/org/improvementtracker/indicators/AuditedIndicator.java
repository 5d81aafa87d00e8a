package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.support.audit.AuditSubject;

/**
 * An indicator as the audit trail keeps it: its definition with benchmarks, trajectory milestones, monthly
 * targets and linked actions (its values are audited month by month, as they are saved).
 */
record AuditedIndicator(Indicator indicator, List<Benchmark> benchmarks, List<Milestone> milestones,
        List<MonthlyTarget> monthlyTargets, List<Long> linkedActionIds) {

    static AuditedIndicator read(IndicatorRepository indicators, long organisationId, Indicator indicator) {
        long id = indicator.id();
        return new AuditedIndicator(indicator, indicators.benchmarks(organisationId, id),
                indicators.milestones(organisationId, id), indicators.monthlyTargets(organisationId, id),
                indicators.linkedActions(organisationId, id));
    }

    static AuditSubject subject(Indicator indicator) {
        return AuditSubject.inPlan("Indicator", indicator.id(), indicator.name(), indicator.planId());
    }

    /** A month's value is filed under its indicator, labelled with the month. */
    static AuditSubject valueSubject(Indicator indicator, YearMonth month) {
        return AuditSubject.inPlan("Indicator value", indicator.id(), indicator.name() + ", " + month,
                indicator.planId());
    }

    /** One month's figures, as saved. */
    record Value(YearMonth month, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note) {

        static Value of(YearMonth month, Figures figures) {
            return figures == null ? null
                    : new Value(month, figures.value(), figures.numerator(), figures.denominator(), figures.note());
        }
    }
}
