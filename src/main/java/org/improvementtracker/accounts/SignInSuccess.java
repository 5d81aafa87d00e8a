package org.improvementtracker.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a sign-in, with a password or through the identity provider: records when (administrators see it), accepts the
 * invitations waiting for this person, then goes where they were going, or home.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Accounts accounts;
    private final Invitations invitations;

    SignInSuccess(Accounts accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            accounts.signedIn(user.accountId());
            invitations.acceptOnSignIn(user.accountId());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
