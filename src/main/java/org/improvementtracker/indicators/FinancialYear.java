package org.improvementtracker.indicators;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

/**
 * A UK financial year, April to March, named by the calendar year it starts in.
 *
 * <p>API: {@link #of(YearMonth)} the year a month falls in; {@link #label()} "2025/26";
 * {@link #first()} and {@link #last()} April and March; {@link #months()} all twelve from April;
 * {@link #monthsTo(YearMonth)} April up to a month, the span of a year to date;
 * {@link #contains(YearMonth)}.
 *
 * @param startYear the calendar year of its April
 */
public record FinancialYear(int startYear) {

    public static FinancialYear of(YearMonth month) {
        // January to March belong to the year that started the April before.
        return new FinancialYear(month.getMonth().compareTo(Month.APRIL) < 0 ? month.getYear() - 1 : month.getYear());
    }

    /** "2025/26", as councils write it. */
    public String label() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }

    public YearMonth first() {
        return YearMonth.of(startYear, Month.APRIL);
    }

    public YearMonth last() {
        return YearMonth.of(startYear + 1, Month.MARCH);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    /** The twelve months, April first. */
    public List<YearMonth> months() {
        return monthsTo(last());
    }

    /** April up to and including the given month of this year. */
    public List<YearMonth> monthsTo(YearMonth month) {
        if (!contains(month)) {
            throw new IllegalArgumentException(month + " is not in the financial year " + label());
        }
        return Stream.iterate(first(), m -> !m.isAfter(month), m -> m.plusMonths(1)).toList();
    }
}
