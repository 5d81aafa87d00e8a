package org.improvementtracker.reporting;

import java.time.Instant;

/**
 * One step in an update's life, kept whole so history is never overwritten: what was written, the
 * proposed and final rating, and the moderator's comment or reason for an override.
 */
public record UpdateEvent(long updateId, long actionId, long periodId, Kind kind, UpdateState state,
        Integer proposedRating, Integer rating, String text, String evidence, String comment, String byName,
        Instant at) {

    public enum Kind {
        SAVED("Saved as draft"),
        SUBMITTED("Submitted"),
        RETURNED("Returned for changes"),
        APPROVED("Approved"),
        OVERRIDDEN("Approved with a different rating");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
