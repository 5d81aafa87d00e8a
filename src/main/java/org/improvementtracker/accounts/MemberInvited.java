package org.improvementtracker.accounts;

import java.time.Instant;

/**
 * Someone was invited to join an organisation; published in the inviting transaction, so that the
 * message carrying the invitation is written with it (or neither is).
 *
 * @param secret the one-time link's secret for someone who has no password yet, to choose one with;
 *        null for someone who already has an account, who accepts by signing in
 */
public record MemberInvited(long organisationId, String organisationName, long invitationId, long accountId,
        String name, String email, String username, Role role, String invitedBy, String secret, Instant expiresAt) {

    /** The page the invitation's link opens, as a path within the application. */
    public String path() {
        return secret == null ? "/login" : "/invitation?token=" + secret;
    }
}
