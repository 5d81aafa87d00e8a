package org.improvementtracker.indicators.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorValue;

/**
 * One month's figures. A month nobody has entered has no version (send none to enter it); a null
 * value is missing, never 0, and the note may say why.
 */
record MonthJson(String month, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String note,
        Long enteredBy, Instant enteredAt, Integer version) {

    static MonthJson of(IndicatorValue value) {
        Figures figures = value.figures();
        return new MonthJson(value.month().toString(), figures.value(), figures.numerator(), figures.denominator(),
                figures.note(), value.enteredBy(), value.enteredAt(), value.version());
    }

    static MonthJson empty(YearMonth month) {
        return new MonthJson(month.toString(), null, null, null, null, null, null, null);
    }
}
