package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.improvementtracker.indicators.IndicatorTargets;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.TargetStatus;

/**
 * One month's figures, with the target in force that month and the status against it. A month
 * nobody has entered has no version (send none to enter it); a null value is missing, never 0, and
 * the note may say why.
 */
record MonthJson(String month, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note,
        Long enteredBy, Instant enteredAt, Integer version, BigDecimal target, TargetStatus status) {

    static MonthJson of(MonthFigure month) {
        IndicatorValue value = month.value();
        if (value == null) {
            return new MonthJson(month.month().toString(), null, null, null, null, null, null, null,
                    month.target().target(), month.status());
        }
        Figures figures = value.figures();
        return new MonthJson(value.month().toString(), figures.value(), figures.numerator(), figures.denominator(),
                figures.note(), value.enteredBy(), value.enteredAt(), value.version(), month.target().target(),
                month.status());
    }

    static MonthJson of(IndicatorTargets targets, IndicatorValue value) {
        return of(targets.month(value.month(), value));
    }
}
