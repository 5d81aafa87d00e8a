package org.improvementtracker.indicators;

import java.time.LocalDate;
import java.time.YearMonth;

/** Months are stored as their first day, since SQL has no month type. */
final class Months {

    private Months() {
    }

    static YearMonth of(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay);
    }

    static LocalDate firstDay(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }
}
