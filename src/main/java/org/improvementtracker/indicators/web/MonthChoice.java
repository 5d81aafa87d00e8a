package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The month a page reads, as chosen in its month chooser: figures are reported a month in arrears,
 * so without a choice it is last month. What cannot be read as a month falls back to last month
 * with a problem to show, rather than an error page.
 *
 * @param problem what was wrong with the choice, or null
 */
record MonthChoice(YearMonth month, String text, String problem) {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** Figures are reported a month in arrears, so what pages, the API and the template read by default. */
    static YearMonth lastMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }

    static MonthChoice of(String text, Clock clock) {
        YearMonth lastMonth = lastMonth(clock);
        if (text == null || text.isBlank()) {
            return new MonthChoice(lastMonth, lastMonth.toString(), null);
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return new MonthChoice(month, month.toString(), null);
        } catch (DateTimeParseException notAMonth) {
            return new MonthChoice(lastMonth, text, "Enter the month as a year and month, for example "
                    + lastMonth);
        }
    }

    public String label() {
        return LONG.format(month);
    }

    public String previousLabel() {
        return LONG.format(previous());
    }

    public String nextLabel() {
        return LONG.format(next());
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
