package org.improvementtracker.indicators.web.chart;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Consecutive months spread evenly across a chart's width, the first at {@code left} and the last
 * at {@code right}; a single month sits in the middle.
 */
record MonthAxis(YearMonth first, int months, double left, double right) {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    MonthAxis {
        if (months < 1) {
            throw new IllegalArgumentException("An axis needs at least one month");
        }
    }

    double x(YearMonth month) {
        long index = first.until(month, ChronoUnit.MONTHS);
        return months == 1 ? (left + right) / 2 : left + index * (right - left) / (months - 1);
    }

    YearMonth last() {
        return first.plusMonths(months - 1L);
    }

    /** "May to October 2026", or "November 2025 to April 2026" across a year end. */
    String span() {
        YearMonth last = last();
        if (months == 1) {
            return MONTH.format(first);
        }
        String from = first.getYear() == last.getYear()
                ? first.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) : MONTH.format(first);
        return from + " to " + MONTH.format(last);
    }
}
