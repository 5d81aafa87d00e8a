package org.improvementtracker.accounts;

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

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return jdbc.sql("""
                select a.id, m.organisation_id, o.name as organisation_name, a.username, a.display_name, m.role,
                       a.password_hash, a.enabled
                from account a
                left join membership m on m.account_id = a.id and m.status = 'ACTIVE'
                left join organisation o on o.id = m.organisation_id
                where a.username = ?
                order by case when m.organisation_id = a.organisation_id then 0 else 1 end, o.name
                limit 1""")
                .param(username)
                .query((rs, n) -> {
                    boolean member = rs.getString("role") != null;
                    return new SignedInUser(rs.getLong("id"), rs.getLong("organisation_id"),
                            rs.getString("organisation_name"), rs.getString("username"), rs.getString("display_name"),
                            member ? Role.valueOf(rs.getString("role")) : Role.VIEWER, rs.getString("password_hash"),
                            member && rs.getBoolean("enabled") && rs.getString("password_hash") != null);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
