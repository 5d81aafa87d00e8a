package org.improvementtracker.notifications;

import org.improvementtracker.reporting.PeriodOpened;
import org.improvementtracker.reporting.UpdateReturned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the notifications once the change they report on has committed, so nobody is told about a
 * change that was rolled back. A failure here leaves the change standing and is only logged: the
 * reminder job writes whatever is missing on its next run.
 */
@Component
class ReportingListener {

    private static final Logger log = LoggerFactory.getLogger(ReportingListener.class);

    private final Notifier notifier;

    ReportingListener(Notifier notifier) {
        this.notifier = notifier;
    }

    @TransactionalEventListener
    void on(PeriodOpened opened) {
        try {
            notifier.requestUpdates(opened.organisationId(), opened.planId(), opened.periodId());
        } catch (RuntimeException failed) {
            log.warn("Could not write the requests for updates of period {}; the reminder job will: {}",
                    opened.periodId(), failed.toString());
        }
    }

    @TransactionalEventListener
    void on(UpdateReturned returned) {
        try {
            notifier.updateReturned(returned);
        } catch (RuntimeException failed) {
            log.warn("Could not write the notices of returned update {}; the reminder job will: {}",
                    returned.updateId(), failed.toString());
        }
    }
}
