package org.improvementtracker.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.GlossaryTerm;

class GlossaryTermForm {

    @NotBlank(message = "Enter the abbreviation, for example MASH")
    @Size(max = 30, message = "Abbreviation must be 30 characters or fewer")
    private String abbreviation;

    @NotBlank(message = "Enter what the abbreviation stands for")
    @Size(max = 300, message = "Meaning must be 300 characters or fewer")
    private String meaning;

    private int version;

    static GlossaryTermForm from(GlossaryTerm term) {
        GlossaryTermForm form = new GlossaryTermForm();
        form.abbreviation = term.abbreviation();
        form.meaning = term.meaning();
        form.version = term.version();
        return form;
    }

    public String getAbbreviation() { return abbreviation; }
    public void setAbbreviation(String abbreviation) { this.abbreviation = abbreviation; }
    public String getMeaning() { return meaning; }
    public void setMeaning(String meaning) { this.meaning = meaning; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
