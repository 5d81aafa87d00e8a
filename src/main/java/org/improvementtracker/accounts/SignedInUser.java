package org.improvementtracker.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request, with the organisation every query is scoped to. Controllers take it
 * with {@code @AuthenticationPrincipal} and pass {@link #organisationId()} down to the data layer.
 */
public record SignedInUser(long accountId, long organisationId, String organisationName, String username,
        String displayName, Role role, String passwordHash, boolean enabled) implements UserDetails {

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
