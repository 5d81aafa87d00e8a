package org.improvementtracker.reporting;

/** What a lead writes: a proposed rating (null for none yet), the update, the evidence, and whether to submit. */
public record UpdateDraft(Integer rating, String text, String evidence, boolean submit) {
}
