package org.improvementtracker.plans.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.CrossReference;
import org.improvementtracker.support.web.FormValues;
import org.springframework.validation.Errors;

class ActionForm {

    @NotNull(message = "Choose the section")
    private Long sectionId;

    private Long outcomeId;

    @NotBlank(message = "Enter the action’s reference, for example 2.3 ii)")
    @Size(max = 30, message = "Reference must be 30 characters or fewer")
    private String reference;

    @NotBlank(message = "Describe the action")
    @Size(max = 10000, message = "Description must be 10,000 characters or fewer")
    private String description;

    private Long leadPersonId;
    private Long responsiblePersonId;

    @Size(max = 200, message = "Timescale must be 200 characters or fewer")
    private String timescaleText;

    private String dueDate;

    @Size(max = 500, message = "Cross-references must be 500 characters or fewer")
    private String crossReferences;

    private int version;

    static ActionForm from(Action action, List<CrossReference> references) {
        ActionForm form = new ActionForm();
        form.sectionId = action.sectionId();
        form.outcomeId = action.outcomeId();
        form.reference = action.reference();
        form.description = action.description();
        form.leadPersonId = action.leadPersonId();
        form.responsiblePersonId = action.responsiblePersonId();
        form.timescaleText = action.timescaleText();
        form.dueDate = action.timescale().parsed() && action.timescale().dueDate().equals(action.dueDate())
                ? "" : FormValues.text(action.dueDate());
        form.crossReferences = references.stream().map(CrossReference::reference).collect(Collectors.joining(", "));
        form.version = action.version();
        return form;
    }

    void check(Errors errors) {
        FormValues.checkDate(errors, "dueDate", dueDate, "Due date");
    }

    ActionDetails toDetails() {
        return new ActionDetails(sectionId, outcomeId, reference.strip(), description.strip(), leadPersonId,
                responsiblePersonId, FormValues.nullIfBlank(timescaleText), FormValues.date(dueDate),
                crossReferenceList());
    }

    /** References are separated by commas or semicolons, since references themselves contain spaces. */
    private List<String> crossReferenceList() {
        if (crossReferences == null) {
            return List.of();
        }
        return Arrays.stream(crossReferences.split("[,;]")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    public Long getSectionId() { return sectionId; }
    public void setSectionId(Long sectionId) { this.sectionId = sectionId; }
    public Long getOutcomeId() { return outcomeId; }
    public void setOutcomeId(Long outcomeId) { this.outcomeId = outcomeId; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getLeadPersonId() { return leadPersonId; }
    public void setLeadPersonId(Long leadPersonId) { this.leadPersonId = leadPersonId; }
    public Long getResponsiblePersonId() { return responsiblePersonId; }
    public void setResponsiblePersonId(Long responsiblePersonId) { this.responsiblePersonId = responsiblePersonId; }
    public String getTimescaleText() { return timescaleText; }
    public void setTimescaleText(String timescaleText) { this.timescaleText = timescaleText; }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String dueDate) { this.dueDate = dueDate; }
    public String getCrossReferences() { return crossReferences; }
    public void setCrossReferences(String crossReferences) { this.crossReferences = crossReferences; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
