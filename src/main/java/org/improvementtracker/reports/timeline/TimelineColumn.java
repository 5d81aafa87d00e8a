package org.improvementtracker.reports.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A column of the timeline: one month, or everything before or after the months shown when a plan runs
 * longer than the chart can show.
 *
 * @param first the first month the column holds; null for everything before the months shown
 * @param last the last month it holds; null for everything after them
 */
public record TimelineColumn(String label, YearMonth first, YearMonth last) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    static TimelineColumn month(YearMonth month) {
        return new TimelineColumn(MONTH.format(month), month, month);
    }

    static TimelineColumn before(YearMonth month) {
        return new TimelineColumn("Before " + MONTH.format(month), null, month.minusMonths(1));
    }

    static TimelineColumn after(YearMonth month) {
        return new TimelineColumn("After " + MONTH.format(month), month.plusMonths(1), null);
    }

    public boolean holds(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return (first == null || !month.isBefore(first)) && (last == null || !month.isAfter(last));
    }
}
