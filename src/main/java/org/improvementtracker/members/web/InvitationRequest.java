package org.improvementtracker.members.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.improvementtracker.accounts.Invitee;
import org.improvementtracker.accounts.Role;

/** POST /api/members/invitations. */
record InvitationRequest(
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the person's email address")
        @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
        @Size(max = 100, message = "must be 100 characters or fewer (it becomes their username)") String email,
        @NotNull(message = "Choose a role: ADMINISTRATOR, PLAN_OWNER, CONTRIBUTOR or VIEWER") Role role,
        Long personId) {

    Invitee toInvitee() {
        return new Invitee(name.strip(), email.strip(), role);
    }
}
