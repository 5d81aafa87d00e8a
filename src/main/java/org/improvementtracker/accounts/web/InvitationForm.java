package org.improvementtracker.accounts.web;

import org.springframework.validation.Errors;

/** The password chosen on the invitation page; the password policy itself is the service's to apply. */
class InvitationForm {

    private String token;
    private String password;
    private String confirmation;

    void check(Errors errors) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "required", "Enter a password");
        } else if (!password.equals(confirmation)) {
            errors.rejectValue("confirmation", "different", "Enter the same password twice");
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
