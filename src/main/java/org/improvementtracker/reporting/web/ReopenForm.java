package org.improvementtracker.reporting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Reopening a closed period is an explicit act: the reason goes on record. */
class ReopenForm {

    @NotBlank(message = "Enter why the period is being reopened")
    @Size(max = 2000, message = "Reason must be 2,000 characters or fewer")
    private String reason;

    private int version;

    static ReopenForm of(int version) {
        ReopenForm form = new ReopenForm();
        form.version = version;
        return form;
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
