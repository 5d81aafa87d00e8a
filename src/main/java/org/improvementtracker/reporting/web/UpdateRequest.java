package org.improvementtracker.reporting.web;

import org.improvementtracker.reporting.UpdateDraft;

/**
 * PUT /api/plans/{planId}/actions/{actionId}/updates/{periodId}: the lead's update, saved as a draft
 * or submitted. Version is the update's version as read, or absent for an update not yet started.
 */
record UpdateRequest(Integer rating, String text, String evidence, Boolean submit, Integer version) {

    UpdateDraft toDraft() {
        return new UpdateDraft(rating, blankToNull(text), blankToNull(evidence), Boolean.TRUE.equals(submit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
