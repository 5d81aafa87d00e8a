package org.improvementtracker.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.improvementtracker.accounts.OpenIdSignInRefused;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.improvementtracker.support.audit.AuditSubject;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins to the pages and failed sign-ins anywhere (pages and API), from Spring Security's events.
 * A successful HTTP Basic or token request to the API is not recorded as a sign-in: each request
 * authenticates afresh, and the changes it makes are recorded with its account anyway. A failure is
 * filed under the organisation of the account whose username was tried; a username no account has is
 * kept with no organisation (operators can see credential stuffing in the database; no page shows it).
 */
@Component
class SignInRecorder {

    static final String ACCOUNT = "Account";

    private final JdbcClient jdbc;
    private final AuditRecorder recorder;

    SignInRecorder(JdbcClient jdbc, AuditRecorder recorder) {
        this.jdbc = jdbc;
        this.recorder = recorder;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            recorder.signIn(user.organisationId(), new Actor(user.accountId(), user.displayName()),
                    new AuditEvent(user.organisationId(), AuditSubject.of(ACCOUNT, user.accountId(), user.username()),
                            AuditAction.SIGN_IN, null, Map.of("username", user.username())));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Attempt attempt = Attempt.of(event);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", attempt.tried());
        after.put("reason", attempt.reason());
        TriedAccount account = jdbc.sql("select id, organisation_id from account where " + attempt.column() + " order by id")
                .param(attempt.tried())
                .query((rs, n) -> new TriedAccount(rs.getLong("id"), rs.getLong("organisation_id"))).list().stream()
                .findFirst()
                .orElse(new TriedAccount(AuditEntries.NO_SUBJECT, null));
        recorder.signIn(account.organisationId(), Actor.APPLICATION,
                new AuditEvent(account.organisationId() == null ? 0 : account.organisationId(),
                        AuditSubject.of(ACCOUNT, account.id(), attempt.tried()), AuditAction.SIGN_IN_FAILURE, null, after));
    }

    /** Who tried and why they failed: a username and password, or an identity provider's user by email. */
    private record Attempt(String tried, String reason, String column) {

        static Attempt of(AbstractAuthenticationFailureEvent event) {
            if (event.getException() instanceof OpenIdSignInRefused refused) {
                return new Attempt(refused.email() == null ? "" : refused.email(),
                        "Refused at sign-in through the identity provider: " + refused.reason(), "lower(email) = lower(?)");
            }
            return new Attempt(event.getAuthentication().getName(),
                    event instanceof AuthenticationFailureLockedEvent ? "Locked after too many failures"
                            : "Wrong username, password or token", "username = ?");
        }
    }

    private record TriedAccount(long id, Long organisationId) {
    }
}
