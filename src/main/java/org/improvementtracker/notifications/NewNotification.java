package org.improvementtracker.notifications;

import org.improvementtracker.people.Person;

/**
 * A notification about to be written. The dedupe key names the one event it is about for the one person
 * ("reminder:{period}:{person}"); a second notification with the same key is never written.
 */
record NewNotification(long organisationId, Person recipient, NotificationKind kind, Message message, String link,
        long planId, long periodId, String dedupeKey) {
}
