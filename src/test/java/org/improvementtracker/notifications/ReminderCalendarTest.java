package org.improvementtracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodState;
import org.junit.jupiter.api.Test;

class ReminderCalendarTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 15);
    private static final Period PERIOD = new Period(1, 1, "May 2026", LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 31), DEADLINE, PeriodState.OPEN, 1);
    private static final LocalDate REQUESTED = LocalDate.of(2026, 6, 1);

    @Test
    void theReminderIsDueFromTheConfiguredDaysBeforeTheDeadlineUntilTheDayBefore() {
        ReminderCalendar threeDays = new ReminderCalendar(3);

        assertThat(daysWhen(day -> threeDays.reminderDue(PERIOD, day, REQUESTED)))
                .containsExactly(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 13), LocalDate.of(2026, 6, 14));
    }

    @Test
    void theDeadlineNoticeIsDueOnTheDeadlineAndAfterIt() {
        ReminderCalendar calendar = new ReminderCalendar(3);

        assertThat(daysWhen(day -> calendar.deadlineNoticeDue(PERIOD, day)))
                .containsExactly(DEADLINE, DEADLINE.plusDays(1), DEADLINE.plusDays(2));
    }

    @Test
    void noReminderOnTheDayTheRequestWentOrBeforeItWent() {
        ReminderCalendar calendar = new ReminderCalendar(3);
        LocalDate twoDaysBefore = DEADLINE.minusDays(2);

        assertThat(calendar.reminderDue(PERIOD, twoDaysBefore, twoDaysBefore)).isFalse();
        assertThat(calendar.reminderDue(PERIOD, twoDaysBefore, null)).isFalse();
        assertThat(calendar.reminderDue(PERIOD, DEADLINE.minusDays(1), twoDaysBefore)).isTrue();
    }

    @Test
    void zeroDaysSendsNoReminderButNegativeIsRefused() {
        assertThat(daysWhen(day -> new ReminderCalendar(0).reminderDue(PERIOD, day, REQUESTED))).isEmpty();
        assertThatThrownBy(() -> new ReminderCalendar(-1)).hasMessageContaining("reminder-days-before");
    }

    /** The days from the request to two days after the deadline on which the rule holds. */
    private static List<LocalDate> daysWhen(java.util.function.Predicate<LocalDate> rule) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = REQUESTED; !day.isAfter(DEADLINE.plusDays(2)); day = day.plusDays(1)) {
            if (rule.test(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
