package org.improvementtracker.notifications;

/** What a notification says: a subject line and a plain-text body that reads the same in an email and in-app. */
record Message(String subject, String body) {

    static final int MAX_SUBJECT = 300;

    /** Subjects are single lines (a line break in a mail header would start a new header) of bounded length. */
    Message {
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
    }
}
