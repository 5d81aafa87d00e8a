package org.improvementtracker.imports;

/**
 * What the person importing decides when committing: the new plan's title (blank: from the file name), the
 * label of the file's current period (blank: this month, "December 2026"), that they have checked the
 * warnings, and, importing into an existing plan, that the actions matching none of its actions are skipped.
 */
public record CommitChoices(String title, String period, boolean acceptWarnings, boolean skipUnmatched) {
}
