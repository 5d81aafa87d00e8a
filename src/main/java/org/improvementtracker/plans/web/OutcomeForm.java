package org.improvementtracker.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.Outcome;
import org.improvementtracker.plans.OutcomeDetails;
import org.improvementtracker.support.web.FormValues;

class OutcomeForm {

    @Size(max = 20, message = "Number must be 20 characters or fewer")
    private String number;

    @NotBlank(message = "Enter the outcome")
    @Size(max = 5000, message = "Outcome must be 5,000 characters or fewer")
    private String text;

    @Size(max = 500, message = "Source tags must be 500 characters or fewer")
    private String sourceTags;

    private int version;

    static OutcomeForm from(Outcome outcome) {
        OutcomeForm form = new OutcomeForm();
        form.number = outcome.number();
        form.text = outcome.text();
        form.sourceTags = outcome.sourceTags();
        form.version = outcome.version();
        return form;
    }

    OutcomeDetails toDetails() {
        return new OutcomeDetails(FormValues.nullIfBlank(number), text.strip(), FormValues.nullIfBlank(sourceTags));
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getSourceTags() { return sourceTags; }
    public void setSourceTags(String sourceTags) { this.sourceTags = sourceTags; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
