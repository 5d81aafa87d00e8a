package org.improvementtracker.reporting;

/** An action's initial (baseline) rating; null rating means "not rated" was recorded. */
public record InitialRating(long actionId, Integer rating, int version) {
}
