package org.improvementtracker.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A message written to one person, as they read it in-app and as it was (or would have been) emailed.
 *
 * @param link the page the message is about, as a path within the application
 */
public record Notification(long id, String recipientName, String email, NotificationKind kind, String subject,
        String body, String link, Instant createdAt, Instant readAt, EmailStatus emailStatus, Instant sentAt,
        int attempts, String lastError) {

    public boolean unread() {
        return readAt == null;
    }

    /** The body split at blank lines, for pages; line breaks within a paragraph are kept by CSS. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
