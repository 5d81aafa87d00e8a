package org.improvementtracker.notifications;

import java.time.Clock;

import org.improvementtracker.accounts.MemberInvited;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation's message in the inviting transaction, unlike the reporting cycle's messages: an
 * invitation that nobody receives is no use, so if the message cannot be written the invitation is not
 * made either, and the administrator is told. The message is emailed when mail is set up; otherwise the
 * administrator finds it, with its link, in the outbox and passes it on.
 */
@Component
class MembershipListener {

    private final Clock clock;
    private final NotificationRepository notifications;
    private final Postman postman;
    private final Links links;

    MembershipListener(Clock clock, NotificationRepository notifications, Postman postman, Links links) {
        this.clock = clock;
        this.notifications = notifications;
        this.postman = postman;
        this.links = links;
    }

    @EventListener
    void on(MemberInvited invited) {
        notifications.insertAddressedByEmail(invited.organisationId(), invited.name(), invited.email(),
                NotificationKind.INVITATION, Wording.invitation(invited, links.absolute(invited.path()), clock.getZone()),
                "/login", "invitation:" + invited.invitationId(), postman.mailSetUp(), clock.instant());
    }
}
