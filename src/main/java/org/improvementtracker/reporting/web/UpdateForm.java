package org.improvementtracker.reporting.web;

import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.support.web.FormValues;

/**
 * A lead's update for one period. The version is empty for a new update; "submit" comes from the
 * button pressed: "Save as draft" or "Submit for approval".
 */
class UpdateForm {

    private Integer rating;
    private String text;
    private String evidence;
    private Integer version;
    private boolean submit;

    static UpdateForm from(ProgressUpdate update) {
        UpdateForm form = new UpdateForm();
        if (update != null) {
            form.rating = update.proposedRating();
            form.text = update.text();
            form.evidence = update.evidence();
            form.version = update.version();
        }
        return form;
    }

    UpdateDraft toDraft() {
        return new UpdateDraft(rating, FormValues.nullIfBlank(text), FormValues.nullIfBlank(evidence), submit);
    }

    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public boolean isSubmit() { return submit; }
    public void setSubmit(boolean submit) { this.submit = submit; }
}
