package org.improvementtracker.members.web;

import java.util.Arrays;
import java.util.List;

import org.improvementtracker.accounts.Role;
import org.springframework.validation.Errors;

/** The roles as the forms offer them, each with what it lets a member do (DESIGN.md section 7). */
final class Roles {

    record Choice(String name, String label, String hint) {
    }

    static final List<Choice> CHOICES = List.of(
            new Choice(Role.ADMINISTRATOR.name(), Role.ADMINISTRATOR.label(),
                    "Manages the organisation’s members, and can do everything a plan owner can"),
            new Choice(Role.PLAN_OWNER.name(), Role.PLAN_OWNER.label(),
                    "Builds plans, runs reporting periods, moderates updates and keeps indicators current"),
            new Choice(Role.CONTRIBUTOR.name(), Role.CONTRIBUTOR.label(),
                    "Writes updates on the actions of the person they are linked to"),
            new Choice(Role.VIEWER.name(), Role.VIEWER.label(), "Reads plans, dashboards and reports"));

    private Roles() {
    }

    static void check(String role, Errors errors) {
        if (role == null || Arrays.stream(Role.values()).noneMatch(known -> known.name().equals(role))) {
            errors.rejectValue("role", "required", "Choose a role");
        }
    }
}
