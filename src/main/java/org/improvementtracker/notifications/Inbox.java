package org.improvementtracker.notifications;

import java.time.Clock;
import java.util.List;

import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading notifications: each person their own messages (those written to the people linked to their
 * account), and administrators the organisation's outbox.
 */
@Service
@Transactional
public class Inbox {

    /** The outbox shows this many of the latest notifications. */
    static final int OUTBOX_SIZE = 200;

    private final Clock clock;
    private final NotificationRepository notifications;
    private final Postman postman;

    Inbox(Clock clock, NotificationRepository notifications, Postman postman) {
        this.clock = clock;
        this.notifications = notifications;
        this.postman = postman;
    }

    /** The whole outbox at a glance: the latest notifications, how many there are, and whether email is on. */
    public record Outbox(List<Notification> latest, long total, boolean emailSetUp) {
    }

    @Transactional(readOnly = true)
    public List<Notification> messages(SignedInUser user) {
        return notifications.forAccount(user.organisationId(), user.accountId());
    }

    @Transactional(readOnly = true)
    public long unread(SignedInUser user) {
        return notifications.unread(user.organisationId(), user.accountId());
    }

    /** Marking a message read twice is harmless; someone else's message is not found. */
    public void markRead(SignedInUser user, long notificationId) {
        if (!notifications.markRead(user.organisationId(), user.accountId(), notificationId, clock.instant())
                && !notifications.exists(user.organisationId(), user.accountId(), notificationId)) {
            throw new NotFoundException("Message", notificationId);
        }
    }

    @Transactional(readOnly = true)
    public Outbox outbox(SignedInUser user) {
        if (user.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators read the outbox");
        }
        return new Outbox(notifications.ofOrganisation(user.organisationId(), OUTBOX_SIZE),
                notifications.countOfOrganisation(user.organisationId()), postman.mailSetUp());
    }
}
