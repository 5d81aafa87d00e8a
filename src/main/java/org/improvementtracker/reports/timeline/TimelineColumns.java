package org.improvementtracker.reports.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The timeline's columns: a month each from the first date to the last. A plan spanning more than
 * {@link #MOST_MONTHS} months shows that many, from six months before this one (or later, so the last
 * date still shows), with a column each for the dates before and after them.
 */
final class TimelineColumns {

    /** Three years: a whole improvement plan, and still readable on A4 landscape. */
    static final int MOST_MONTHS = 36;

    /** Enough of the past to see what has just fallen overdue. */
    private static final int MONTHS_BEFORE_NOW = 6;

    private TimelineColumns() {
    }

    static List<TimelineColumn> of(Collection<LocalDate> dates, LocalDate today) {
        if (dates.isEmpty()) {
            return List.of();
        }
        YearMonth first = YearMonth.from(Collections.min(dates));
        YearMonth last = YearMonth.from(Collections.max(dates));
        YearMonth start = first;
        if (start.plusMonths(MOST_MONTHS - 1).isBefore(last)) {
            YearMonth nearNow = YearMonth.from(today).minusMonths(MONTHS_BEFORE_NOW);
            YearMonth latestStart = last.minusMonths(MOST_MONTHS - 1);
            start = nearNow.isAfter(first) ? nearNow : first;
            start = start.isAfter(latestStart) ? latestStart : start;
        }
        YearMonth end = start.plusMonths(MOST_MONTHS - 1).isBefore(last) ? start.plusMonths(MOST_MONTHS - 1) : last;
        List<TimelineColumn> columns = new ArrayList<>();
        if (start.isAfter(first)) {
            columns.add(TimelineColumn.before(start));
        }
        for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            columns.add(TimelineColumn.month(month));
        }
        if (end.isBefore(last)) {
            columns.add(TimelineColumn.after(end));
        }
        return columns;
    }
}
