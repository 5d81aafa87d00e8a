package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The month a page reads, as chosen in its month chooser. Without a choice it is the latest month
 * with figures, at most last month (figures are reported a month or more in arrears). What cannot be
 * read as a month falls back to that with a problem to show, rather than an error page.
 *
 * @param problem what was wrong with the choice, or null
 */
record MonthChoice(YearMonth month, String text, String problem) {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** Figures are reported a month in arrears: the latest month they can be in, and the template's month. */
    static YearMonth lastMonth(Clock clock) {
        return YearMonth.now(clock).minusMonths(1);
    }

    /** @param latestReported the default month, worked out only when there is no choice to read */
    static MonthChoice of(String text, Supplier<YearMonth> latestReported) {
        if (text == null || text.isBlank()) {
            YearMonth month = latestReported.get();
            return new MonthChoice(month, month.toString(), null);
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return new MonthChoice(month, month.toString(), null);
        } catch (DateTimeParseException notAMonth) {
            YearMonth month = latestReported.get();
            return new MonthChoice(month, text, "Enter the month as a year and month, for example " + month);
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
