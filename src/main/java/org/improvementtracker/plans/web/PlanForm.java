package org.improvementtracker.plans.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.support.web.FormValues;
import org.springframework.validation.Errors;

class PlanForm {

    @NotBlank(message = "Enter the plan’s title")
    @Size(max = 300, message = "Title must be 300 characters or fewer")
    private String title;

    @Size(max = 50, message = "Version must be 50 characters or fewer")
    private String versionLabel;

    @NotNull(message = "Choose the plan’s status")
    private PlanStatus status = PlanStatus.DRAFT;

    private String startsOn;
    private String endsOn;

    @Size(max = 20000, message = "Vision must be 20,000 characters or fewer")
    private String vision;

    @Size(max = 20000, message = "Governance must be 20,000 characters or fewer")
    private String governance;

    @NotNull(message = "Choose the rating scale")
    private RatingScale ratingScale = RatingScale.PROGRESS_5;

    @NotBlank(message = "Enter what the plan calls its sections, for example Priority")
    @Size(max = 50, message = "Section label must be 50 characters or fewer")
    private String sectionLabel = "Priority";

    @NotBlank(message = "Enter what the plan calls its outcomes, for example Outcome")
    @Size(max = 100, message = "Outcome label must be 100 characters or fewer")
    private String outcomeLabel = "Outcome";

    private int version;

    static PlanForm from(Plan plan) {
        PlanForm form = new PlanForm();
        form.title = plan.title();
        form.versionLabel = plan.versionLabel();
        form.status = plan.status();
        form.startsOn = FormValues.text(plan.startsOn());
        form.endsOn = FormValues.text(plan.endsOn());
        form.vision = plan.vision();
        form.governance = plan.governance();
        form.ratingScale = plan.ratingScale();
        form.sectionLabel = plan.sectionLabel();
        form.outcomeLabel = plan.outcomeLabel();
        form.version = plan.version();
        return form;
    }

    void check(Errors errors) {
        FormValues.checkDate(errors, "startsOn", startsOn, "Start date");
        FormValues.checkDate(errors, "endsOn", endsOn, "End date");
    }

    PlanDetails toDetails() {
        return new PlanDetails(title.strip(), FormValues.nullIfBlank(versionLabel), status,
                FormValues.date(startsOn), FormValues.date(endsOn), FormValues.nullIfBlank(vision),
                FormValues.nullIfBlank(governance), ratingScale, sectionLabel.strip(), outcomeLabel.strip());
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getVersionLabel() { return versionLabel; }
    public void setVersionLabel(String versionLabel) { this.versionLabel = versionLabel; }
    public PlanStatus getStatus() { return status; }
    public void setStatus(PlanStatus status) { this.status = status; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getVision() { return vision; }
    public void setVision(String vision) { this.vision = vision; }
    public String getGovernance() { return governance; }
    public void setGovernance(String governance) { this.governance = governance; }
    public RatingScale getRatingScale() { return ratingScale; }
    public void setRatingScale(RatingScale ratingScale) { this.ratingScale = ratingScale; }
    public String getSectionLabel() { return sectionLabel; }
    public void setSectionLabel(String sectionLabel) { this.sectionLabel = sectionLabel; }
    public String getOutcomeLabel() { return outcomeLabel; }
    public void setOutcomeLabel(String outcomeLabel) { this.outcomeLabel = outcomeLabel; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
