package org.improvementtracker.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is done to accounts as a whole: ending their sessions, recording their sign-ins. */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Accounts(JdbcClient jdbc, Clock clock, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Someone with an account in the organisation, as others see them. */
    public record AccountName(long id, String username, String displayName, Role role) {
    }

    /** The organisation's active members with this role, by name. */
    @Transactional(readOnly = true)
    public List<AccountName> withRole(long organisationId, Role role) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, m.role from account a
                join membership m on m.account_id = a.id
                where m.organisation_id = ? and m.role = ? and m.status = 'ACTIVE' and a.enabled
                order by lower(a.display_name), a.id""")
                .params(organisationId, role.name()).query(Accounts::accountName).list();
    }

    /** A member of the organisation, active or not; anyone else is not found. */
    @Transactional(readOnly = true)
    public Optional<AccountName> find(long organisationId, long accountId) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, m.role from account a
                join membership m on m.account_id = a.id
                where m.organisation_id = ? and a.id = ?""")
                .params(organisationId, accountId).query(Accounts::accountName).optional();
    }

    private static AccountName accountName(ResultSet rs, int row) throws SQLException {
        return new AccountName(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")));
    }

    /**
     * Signs the person out everywhere: every browser session of theirs, on every instance, ends now
     * (their next request goes to the sign-in page). Returns how many sessions ended.
     */
    @Transactional
    public int endSessionsOf(String username) {
        var found = sessions.findByPrincipalName(username).keySet();
        found.forEach(sessions::deleteById);
        return found.size();
    }

    /** Administrators see when each member last signed in. */
    @Transactional
    public void signedIn(long accountId) {
        jdbc.sql("update account set last_signed_in_at = ? where id = ?")
                .params(clock.instant().atOffset(ZoneOffset.UTC), accountId).update();
    }
}
