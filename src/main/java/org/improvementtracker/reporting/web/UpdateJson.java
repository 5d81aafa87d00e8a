package org.improvementtracker.reporting.web;

import java.time.Instant;

import org.improvementtracker.reporting.ProgressUpdate;

/** A progress update as the API shows it: the proposed and the final rating, and who moderated it. */
record UpdateJson(long id, long actionId, long periodId, String state, Integer proposedRating, Integer rating,
        String overrideReason, String text, String evidence, String author, Instant savedAt, Instant submittedAt,
        String moderatorComment, String moderator, Instant moderatedAt, int version) {

    static UpdateJson of(ProgressUpdate update) {
        return new UpdateJson(update.id(), update.actionId(), update.periodId(), update.state().name(),
                update.proposedRating(), update.rating(), update.overrideReason(), update.text(), update.evidence(),
                update.authorName(), update.savedAt(), update.submittedAt(), update.moderatorComment(),
                update.moderatorName(), update.moderatedAt(), update.version());
    }
}
