package org.improvementtracker.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The person behind a request, with the organisation every query is scoped to. Controllers take it
 * with {@code @AuthenticationPrincipal} and pass {@link #organisationId()} down to the data layer.
 * It is the principal whether the person signed in with a password, an API token or their organisation's
 * identity provider (which is why it is an {@link OAuth2User} too).
 */
public record SignedInUser(long accountId, long organisationId, String organisationName, String username,
        String displayName, Role role, String passwordHash, boolean enabled) implements UserDetails, OAuth2User {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    /** The name sessions are indexed by, so "sign out everywhere" finds identity-provider sessions too. */
    @Override
    public String getName() {
        return username;
    }

    /** The provider's claims are not kept: everything the application needs is the account's. */
    @Override
    public Map<String, Object> getAttributes() {
        return Map.of();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same person without the password hash, to keep in a session (sessions are stored in the database). */
    SignedInUser withoutPasswordHash() {
        return new SignedInUser(accountId, organisationId, organisationName, username, displayName, role, null, enabled);
    }

    public boolean canEditPlans() {
        return role.canEditPlans();
    }
}
