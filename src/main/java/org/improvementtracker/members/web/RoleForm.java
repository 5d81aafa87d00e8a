package org.improvementtracker.members.web;

import org.improvementtracker.accounts.Member;
import org.improvementtracker.accounts.Role;
import org.springframework.validation.Errors;

/** A member's new role, with the version of the membership the administrator saw. */
class RoleForm {

    private String role;
    private int version;

    static RoleForm from(Member member) {
        RoleForm form = new RoleForm();
        form.role = member.role().name();
        form.version = member.version();
        return form;
    }

    void check(Errors errors) {
        Roles.check(role, errors);
    }

    Role chosen() {
        return Role.valueOf(role);
    }

    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
