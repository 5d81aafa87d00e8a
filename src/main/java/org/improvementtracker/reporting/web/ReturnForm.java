package org.improvementtracker.reporting.web;

import org.improvementtracker.reporting.ProgressUpdate;

/** Returning an update to its lead, with a comment saying what to change. */
class ReturnForm {

    private String comment;
    private int version;

    static ReturnForm of(ProgressUpdate update) {
        ReturnForm form = new ReturnForm();
        form.version = update.version();
        return form;
    }

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
