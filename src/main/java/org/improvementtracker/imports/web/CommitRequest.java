package org.improvementtracker.imports.web;

import org.improvementtracker.imports.CommitChoices;

/**
 * The API's commit: into the plan {@code planId}, or a new plan titled {@code title} (default: the file's
 * name); {@code period} labels the file's current period (default: this month); {@code acceptWarnings} says
 * the warnings were checked; {@code skipUnmatched} leaves out actions matching none of the plan's.
 */
record CommitRequest(Long planId, String title, String period, Boolean acceptWarnings, Boolean skipUnmatched) {

    static final CommitRequest NONE = new CommitRequest(null, null, null, null, null);

    CommitChoices choices() {
        return new CommitChoices(title, period, Boolean.TRUE.equals(acceptWarnings),
                Boolean.TRUE.equals(skipUnmatched));
    }
}
