package org.improvementtracker.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When the jobs run (application.yml, {@code improvement-tracker.notifications.schedule}). Both start
 * soon after start-up. Switched off in tests, which call the jobs themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "improvement-tracker.notifications.schedule.enabled", matchIfMissing = true)
class NotificationSchedule {

    private final ReminderJob reminders;
    private final Postman postman;

    NotificationSchedule(ReminderJob reminders, Postman postman) {
        this.reminders = reminders;
        this.postman = postman;
    }

    @Scheduled(initialDelayString = "${improvement-tracker.notifications.schedule.first-run-after}",
            fixedDelayString = "${improvement-tracker.notifications.schedule.reminders-every}")
    void remind() {
        reminders.run();
    }

    @Scheduled(initialDelayString = "${improvement-tracker.notifications.schedule.first-run-after}",
            fixedDelayString = "${improvement-tracker.notifications.schedule.email-every}")
    void email() {
        postman.sendWaiting();
    }
}
