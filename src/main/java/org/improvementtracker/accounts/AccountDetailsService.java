package org.improvementtracker.accounts;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the person signing in, in the organisation they start in: their default organisation
 * ({@code account.organisation_id}) while they are an active member there, else the first, by name, of
 * the others they are an active member of. Someone with no active membership (deactivated everywhere,
 * or invited and not yet joined) cannot sign in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private static final String IN_STARTING_ORGANISATION = """
            select a.id, m.organisation_id, o.name as organisation_name, a.username, a.display_name, m.role,
                   a.password_hash, a.enabled
            from account a
            left join membership m on m.account_id = a.id and m.status = 'ACTIVE'
            left join organisation o on o.id = m.organisation_id
            where a.username = ?
            order by case when m.organisation_id = a.organisation_id then 0 else 1 end, o.name
            limit 1""";

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For a password sign-in: someone with no password yet (invited, not joined) cannot use one. */
    @Override
    public SignedInUser loadUserByUsername(String username) {
        return inStartingOrganisation(username, true);
    }

    /**
     * The accounts, active or not, whose email is this one in any case: how an identity provider's user is
     * found. They need no password of ours.
     */
    List<SignedInUser> withEmail(String email) {
        return jdbc.sql("select username from account where lower(email) = lower(?) order by id")
                .param(email).query(String.class).list().stream()
                .map(username -> inStartingOrganisation(username, false))
                .toList();
    }

    private SignedInUser inStartingOrganisation(String username, boolean needsPassword) {
        return jdbc.sql(IN_STARTING_ORGANISATION)
                .param(username)
                .query((rs, n) -> {
                    boolean member = rs.getString("role") != null;
                    boolean hasPassword = rs.getString("password_hash") != null;
                    return new SignedInUser(rs.getLong("id"), rs.getLong("organisation_id"),
                            rs.getString("organisation_name"), rs.getString("username"), rs.getString("display_name"),
                            member ? Role.valueOf(rs.getString("role")) : Role.VIEWER, rs.getString("password_hash"),
                            member && rs.getBoolean("enabled") && (hasPassword || !needsPassword));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
