package org.improvementtracker.accounts;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The identity provider vouched for the person, but they cannot come in: the sign-in page tells them why
 * and whom to ask. Accounts are never created here; an administrator adds people.
 */
public class OpenIdSignInRefused extends OAuth2AuthenticationException {

    /** Why, in the words the sign-in page shows. */
    public enum Reason {
        NO_EMAIL("Your organisation's sign-in service did not give your email address, so your account cannot "
                + "be found. Ask your administrator to check the sign-in settings."),
        EMAIL_NOT_VERIFIED("Your organisation's sign-in service has not verified your email address %s. Verify "
                + "it there, then sign in again."),
        NO_ACCOUNT("There is no account for %s in Improvement Tracker. Ask your administrator to add you."),
        DEACTIVATED("The account for %s has been deactivated. Ask your administrator if you need it again."),
        SEVERAL_ACCOUNTS("More than one account has the email address %s. Ask your administrator to give each "
                + "account its own email address.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;
    private final String email;

    OpenIdSignInRefused(Reason reason, String email) {
        super(new OAuth2Error("access_denied"), reason.name());
        this.reason = reason;
        this.email = email;
    }

    public Reason reason() {
        return reason;
    }

    /** The email the provider gave, or null when it gave none. */
    public String email() {
        return email;
    }

    /** What the person is told on the sign-in page. */
    public String message() {
        return reason.message.formatted(email);
    }
}
