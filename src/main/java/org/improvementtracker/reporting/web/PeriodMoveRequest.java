package org.improvementtracker.reporting.web;

import org.improvementtracker.support.InvalidInputException;

/**
 * The body of open, review, close and reopen: the period's version as read, so a move made on a
 * stale copy is refused; reopening also says why.
 */
record PeriodMoveRequest(Integer version, String reason) {

    int versionRead() {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the period you read");
        }
        return version;
    }
}
