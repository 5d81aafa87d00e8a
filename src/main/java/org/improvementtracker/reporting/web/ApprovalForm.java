package org.improvementtracker.reporting.web;

import org.improvementtracker.reporting.ProgressUpdate;

/** Approving an update: as proposed, or with another rating and the reason for it. */
class ApprovalForm {

    private Integer rating;
    private String reason;
    private int version;

    static ApprovalForm of(ProgressUpdate update) {
        ApprovalForm form = new ApprovalForm();
        form.rating = update.proposedRating();
        form.version = update.version();
        return form;
    }

    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
