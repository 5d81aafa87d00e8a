package org.improvementtracker.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private static final String SELECT = """
            select a.id, a.organisation_id, o.name as organisation_name, a.username, a.display_name,
                   a.role, a.password_hash, a.enabled
            from account a join organisation o on o.id = a.organisation_id
            """;

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return jdbc.sql(SELECT + "where a.username = ?")
                .param(username)
                .query(AccountDetailsService::signedInUser)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }

    /** The accounts, active or not, whose email is this one in any case: how an identity provider's user is found. */
    List<SignedInUser> withEmail(String email) {
        return jdbc.sql(SELECT + "where lower(a.email) = lower(?) order by a.id")
                .param(email)
                .query(AccountDetailsService::signedInUser)
                .list();
    }

    private static SignedInUser signedInUser(ResultSet rs, int row) throws SQLException {
        return new SignedInUser(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
