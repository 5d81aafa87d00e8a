package org.improvementtracker.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return jdbc.sql("""
                select a.id, a.organisation_id, o.name as organisation_name, a.username, a.display_name,
                       a.role, a.password_hash, a.enabled
                from account a join organisation o on o.id = a.organisation_id
                where a.username = ?""")
                .param(username)
                .query((rs, n) -> new SignedInUser(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("organisation_name"), rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
