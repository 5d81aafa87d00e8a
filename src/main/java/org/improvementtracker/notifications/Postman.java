package org.improvementtracker.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails the notifications waiting to go, when mail is set up ({@code spring.mail.host}: Spring Boot
 * then provides the mail sender). One instance sends at a time (the database lock), and each email is
 * marked as being sent before it goes, so none is sent twice, whatever crashes or restarts.
 */
@Component
class Postman {

    /** Small enough that a run ends well inside the lock's time limit even when the server is slow. */
    static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationRepository notifications;
    private final NotificationProperties properties;

    Postman(Clock clock, ObjectProvider<JavaMailSender> mail, NotificationRepository notifications,
            NotificationProperties properties) {
        this.clock = clock;
        this.mail = mail;
        this.notifications = notifications;
        this.properties = properties;
    }

    boolean mailSetUp() {
        return mail.getIfAvailable() != null;
    }

    /** Sends one batch of waiting emails (and failed ones with attempts left); the schedule calls it again. */
    @SchedulerLock(name = "notifications-email")
    public void sendWaiting() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<Notification> waiting = notifications.toEmail(properties.maxAttempts(), BATCH).stream()
                .filter(notification -> notifications.claim(notification.id()))
                .toList();
        if (waiting.isEmpty()) {
            return;
        }
        SimpleMailMessage[] emails = waiting.stream().map(this::email).toArray(SimpleMailMessage[]::new);
        Map<Object, Exception> failures = send(sender, emails);
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < emails.length; i++) {
            Exception failure = failures.get(emails[i]);
            if (failure == null) {
                sent.add(waiting.get(i).id());
            } else {
                notifications.failed(waiting.get(i).id(), failure.getMessage() == null
                        ? failure.getClass().getSimpleName() : failure.getMessage());
            }
        }
        notifications.sent(sent, clock.instant());
    }

    /** All in one connection; what failed, by email (every one of them when the server cannot be reached). */
    private static Map<Object, Exception> send(JavaMailSender sender, SimpleMailMessage[] emails) {
        try {
            sender.send(emails);
            return Map.of();
        } catch (MailSendException partly) {
            log.warn("{} of {} notification emails failed: {}", partly.getFailedMessages().size(), emails.length,
                    partly.getMessage());
            return partly.getFailedMessages();
        } catch (MailException failed) {
            log.warn("Notification emails could not be sent: {}", failed.getMessage());
            Map<Object, Exception> all = new HashMap<>();
            for (SimpleMailMessage email : emails) {
                all.put(email, failed);
            }
            return all;
        }
    }

    private SimpleMailMessage email(Notification notification) {
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(properties.from());
        email.setTo(notification.email());
        email.setSubject(notification.subject());
        email.setText(notification.body());
        return email;
    }
}
