package org.improvementtracker.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.Section;
import org.improvementtracker.plans.SectionDetails;
import org.improvementtracker.support.web.FormValues;

class SectionForm {

    @NotBlank(message = "Enter the section’s number, for example 3")
    @Size(max = 20, message = "Number must be 20 characters or fewer")
    private String number;

    @NotBlank(message = "Enter the section’s title")
    @Size(max = 300, message = "Title must be 300 characters or fewer")
    private String title;

    @Size(max = 20000, message = "Description must be 20,000 characters or fewer")
    private String description;

    private Long leadPersonId;

    private int version;

    static SectionForm from(Section section) {
        SectionForm form = new SectionForm();
        form.number = section.number();
        form.title = section.title();
        form.description = section.description();
        form.leadPersonId = section.leadPersonId();
        form.version = section.version();
        return form;
    }

    SectionDetails toDetails() {
        return new SectionDetails(number.strip(), title.strip(), FormValues.nullIfBlank(description), leadPersonId);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getLeadPersonId() { return leadPersonId; }
    public void setLeadPersonId(Long leadPersonId) { this.leadPersonId = leadPersonId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
