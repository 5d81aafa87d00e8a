package org.improvementtracker.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.accounts.ApiTokens;
import org.springframework.validation.Errors;

class ApiTokenForm {

    private static final String DAYS_RULE = "Enter the number of days as a whole number from 1 to " + ApiTokens.MAX_DAYS;

    @NotBlank(message = "Enter what the token is for, such as the script or report that will use it")
    @Size(max = 100, message = "What the token is for must be 100 characters or fewer")
    private String name;

    /** Text, so that a mistyped number is shown back with its message rather than lost. */
    private String days = String.valueOf(ApiTokens.DEFAULT_DAYS);

    /** The rule the annotations cannot say: days is a whole number within the allowed range. */
    void check(Errors errors) {
        if (days == null || days.isBlank()) {
            errors.rejectValue("days", "required", "Enter how many days the token should work for");
        } else if (!days.strip().matches("\\d{1,3}") || daysAsNumber() < 1 || daysAsNumber() > ApiTokens.MAX_DAYS) {
            errors.rejectValue("days", "range", DAYS_RULE);
        }
    }

    int daysAsNumber() {
        return Integer.parseInt(days.strip());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }
}
