package org.improvementtracker.reports.web;

import org.improvementtracker.reports.ReportIntroduction;

/** The committee summary's introduction as its editor types it, with the version they read. */
class IntroductionForm {

    private String text;

    private int version;

    static IntroductionForm from(ReportIntroduction introduction) {
        IntroductionForm form = new IntroductionForm();
        form.text = introduction.text();
        form.version = introduction.version();
        return form;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
