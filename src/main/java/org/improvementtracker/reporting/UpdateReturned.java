package org.improvementtracker.reporting;

/** Published when a moderator returns an update to its lead with a comment. */
public record UpdateReturned(long organisationId, long planId, long actionId, long periodId, long updateId,
        int updateVersion) {
}
