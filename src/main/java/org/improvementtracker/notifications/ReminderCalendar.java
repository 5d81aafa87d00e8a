package org.improvementtracker.notifications;

import java.time.LocalDate;

import org.improvementtracker.reporting.Period;

/**
 * Which chasing message an open period calls for on a given day. The job runs several times a day and
 * may miss days (the application was down), so these are windows, not single days; each message is
 * still written only once per person and period.
 *
 * @param daysBefore how many days before the deadline the reminder goes; 0 sends none
 */
record ReminderCalendar(int daysBefore) {

    ReminderCalendar {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("improvement-tracker.notifications.reminder-days-before must be 0 or more");
        }
    }

    /**
     * From {@code daysBefore} days ahead of the deadline until the day before it, but never on the day
     * the person was asked for their updates: a reminder hours after the request would only be noise.
     *
     * @param requestedOn the day the person's request was written, or null if it has not been
     */
    boolean reminderDue(Period period, LocalDate today, LocalDate requestedOn) {
        long days = period.daysToDeadline(today);
        return days > 0 && days <= daysBefore && requestedOn != null && requestedOn.isBefore(today);
    }

    /** On the deadline, or later while the period is still open. */
    boolean deadlineNoticeDue(Period period, LocalDate today) {
        return period.daysToDeadline(today) <= 0;
    }
}
