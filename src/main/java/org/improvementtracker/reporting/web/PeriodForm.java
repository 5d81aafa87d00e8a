package org.improvementtracker.reporting.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.support.web.FormValues;
import org.springframework.validation.Errors;

/** Creating or changing a reporting period; dates are typed as on the plan form (31/5/2026). */
class PeriodForm {

    @NotBlank(message = "Enter the period’s label, for example May 2026")
    @Size(max = 50, message = "Label must be 50 characters or fewer")
    private String label;

    @NotBlank(message = "Enter the date the period starts")
    private String startsOn;

    @NotBlank(message = "Enter the date the period ends")
    private String endsOn;

    @NotBlank(message = "Enter the deadline for updates")
    private String deadline;

    private int version;

    static PeriodForm from(Period period) {
        PeriodForm form = new PeriodForm();
        form.label = period.label();
        form.startsOn = FormValues.text(period.startsOn());
        form.endsOn = FormValues.text(period.endsOn());
        form.deadline = FormValues.text(period.deadline());
        form.version = period.version();
        return form;
    }

    void check(Errors errors) {
        FormValues.checkDate(errors, "startsOn", startsOn, "Start date");
        FormValues.checkDate(errors, "endsOn", endsOn, "End date");
        FormValues.checkDate(errors, "deadline", deadline, "Deadline");
    }

    PeriodDetails toDetails() {
        return new PeriodDetails(label, FormValues.date(startsOn), FormValues.date(endsOn), FormValues.date(deadline));
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
