package org.improvementtracker.reporting;

import java.time.Instant;

/**
 * The update of one action for one period. The lead proposes a rating; the moderator may override
 * it with a reason, and both are kept. {@link #rating()} is the final one.
 */
public record ProgressUpdate(long id, long planId, long actionId, long periodId, UpdateState state,
        Integer proposedRating, Integer rating, String overrideReason, String text, String evidence,
        String authorName, Instant savedAt, Instant submittedAt, String moderatorComment, String moderatorName,
        Instant moderatedAt, int version) {

    /** The rating this update gives the action in scores, or null when it does not count yet. */
    public Integer countedRating() {
        return state.counts() ? rating : null;
    }

    public boolean overridden() {
        return proposedRating != null && rating != null && !proposedRating.equals(rating);
    }
}
