package org.improvementtracker.notifications;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.improvementtracker.reporting.LivePeriod;
import org.improvementtracker.reporting.PeriodService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Goes through every organisation's live periods and writes what today calls for: reminders, deadline
 * notices, and anything the listeners missed. Safe to run as often as wanted and on several instances:
 * the database lock lets one run at a time, and nothing already written is written again.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final Clock clock;
    private final PeriodService periods;
    private final Notifier notifier;

    ReminderJob(Clock clock, PeriodService periods, Notifier notifier) {
        this.clock = clock;
        this.periods = periods;
        this.notifier = notifier;
    }

    /** One period at a time, so one plan's failure does not stop the others' reminders. */
    @SchedulerLock(name = "notifications-reminders")
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (LivePeriod period : periods.liveInEveryOrganisation()) {
            try {
                notifier.catchUp(period, today);
            } catch (RuntimeException failed) {
                log.warn("Reminders for period {} of plan {} failed; the next run tries again: {}", period.periodId(),
                        period.planId(), failed.toString());
            }
        }
    }
}
