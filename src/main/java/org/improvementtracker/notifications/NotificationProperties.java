package org.improvementtracker.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code improvement-tracker.notifications} (defaults in application.yml). Email goes out
 * only when {@code spring.mail.host} is set; the schedules are read by {@link NotificationSchedule}.
 *
 * @param from the sender address of emails
 * @param reminderDaysBefore how many days before the deadline the reminder goes
 * @param maxAttempts how many times a failed email is tried before it is left as failed
 */
@ConfigurationProperties("improvement-tracker.notifications")
record NotificationProperties(String from, int reminderDaysBefore, int maxAttempts) {

    ReminderCalendar calendar() {
        return new ReminderCalendar(reminderDaysBefore);
    }
}
