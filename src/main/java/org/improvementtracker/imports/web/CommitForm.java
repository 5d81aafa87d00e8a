package org.improvementtracker.imports.web;

import org.improvementtracker.imports.CommitChoices;

/** The preview page's import form, kept as the person filled it in when the import is refused. */
public class CommitForm {

    private String title;
    private String period;
    private boolean acceptWarnings;
    private boolean skipUnmatched;

    CommitChoices choices() {
        return new CommitChoices(title, period, acceptWarnings, skipUnmatched);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public boolean isAcceptWarnings() {
        return acceptWarnings;
    }

    public void setAcceptWarnings(boolean acceptWarnings) {
        this.acceptWarnings = acceptWarnings;
    }

    public boolean isSkipUnmatched() {
        return skipUnmatched;
    }

    public void setSkipUnmatched(boolean skipUnmatched) {
        this.skipUnmatched = skipUnmatched;
    }
}
