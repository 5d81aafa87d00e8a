package org.improvementtracker.members.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.improvementtracker.accounts.Invitee;
import org.improvementtracker.accounts.Role;
import org.springframework.validation.Errors;

/** The invitation page's fields. The role is text, so that a tampered value is refused with a message, not a 400. */
class InviteForm {

    @NotBlank(message = "Enter the person’s name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;

    @NotBlank(message = "Enter the person’s email address")
    @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
    @Size(max = 100, message = "Email address must be 100 characters or fewer (it becomes their username)")
    private String email;

    private String role;

    private Long personId;

    void check(Errors errors) {
        Roles.check(role, errors);
    }

    Invitee toInvitee() {
        return new Invitee(name.strip(), email.strip(), Role.valueOf(role));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
}
