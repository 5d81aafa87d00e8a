package org.improvementtracker.plans.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.plans.SuccessMeasure;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.support.web.FormValues;
import org.springframework.validation.Errors;

class MeasureForm {

    /** The database keeps targets as numeric(14, 4): at most ten digits before the decimal point. */
    private static final BigDecimal TARGET_LIMIT = new BigDecimal("10000000000");

    @NotBlank(message = "Describe the success measure")
    @Size(max = 5000, message = "Success measure must be 5,000 characters or fewer")
    private String text;

    private String targetValue;

    @Size(max = 30, message = "Unit must be 30 characters or fewer")
    private String targetUnit;

    private String targetDate;

    private int version;

    static MeasureForm from(SuccessMeasure measure) {
        MeasureForm form = new MeasureForm();
        form.text = measure.text();
        form.targetValue = FormValues.text(measure.targetValue());
        form.targetUnit = measure.targetUnit();
        form.targetDate = FormValues.text(measure.targetDate());
        form.version = measure.version();
        return form;
    }

    void check(Errors errors) {
        FormValues.checkNumber(errors, "targetValue", targetValue, "Target");
        BigDecimal target = FormValues.number(targetValue);
        if (target != null && target.abs().compareTo(TARGET_LIMIT) >= 0) {
            errors.rejectValue("targetValue", "size", "Target must be less than 10,000,000,000");
        }
        FormValues.checkDate(errors, "targetDate", targetDate, "Target date");
    }

    SuccessMeasureDetails toDetails() {
        return new SuccessMeasureDetails(text.strip(), FormValues.number(targetValue),
                FormValues.nullIfBlank(targetUnit), FormValues.date(targetDate));
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getTargetValue() { return targetValue; }
    public void setTargetValue(String targetValue) { this.targetValue = targetValue; }
    public String getTargetUnit() { return targetUnit; }
    public void setTargetUnit(String targetUnit) { this.targetUnit = targetUnit; }
    public String getTargetDate() { return targetDate; }
    public void setTargetDate(String targetDate) { this.targetDate = targetDate; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
