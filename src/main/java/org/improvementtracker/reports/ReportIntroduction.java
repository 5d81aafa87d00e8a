package org.improvementtracker.reports;

import java.time.Instant;

/**
 * The introduction a plan's owner writes above a period's committee summary.
 *
 * @param text as typed, line breaks kept; empty when nobody has written one
 * @param version 0 until the first save; a save sends back the version it read
 * @param updatedBy who saved it last, or null when nobody has
 * @param updatedAt when, or null when nobody has
 */
public record ReportIntroduction(String text, int version, String updatedBy, Instant updatedAt) {

    /** The most a committee summary's one page leaves room for. */
    public static final int MOST_CHARACTERS = 5_000;

    public static ReportIntroduction none() {
        return new ReportIntroduction("", 0, null, null);
    }
}
