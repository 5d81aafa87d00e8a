package org.improvementtracker.accounts;

/** An organisation someone is an active member of, for the header's switcher. */
public record OrganisationChoice(long id, String name, Role role) {

    public String label() {
        return name + " (" + role.label() + ")";
    }
}
