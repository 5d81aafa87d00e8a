package org.improvementtracker.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is done to accounts as a whole: ending their sessions, deactivating them. */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Accounts(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** Someone with an account in the organisation, as others see them. */
    public record AccountName(long id, String username, String displayName, Role role) {
    }

    /** The organisation's enabled accounts with this role, by name. */
    @Transactional(readOnly = true)
    public List<AccountName> withRole(long organisationId, Role role) {
        return jdbc.sql("""
                select id, username, display_name, role from account
                where organisation_id = ? and role = ? and enabled order by lower(display_name), id""")
                .params(organisationId, role.name()).query(Accounts::accountName).list();
    }

    /** An account of the organisation, enabled or not; another organisation's is not found. */
    @Transactional(readOnly = true)
    public Optional<AccountName> find(long organisationId, long accountId) {
        return jdbc.sql("select id, username, display_name, role from account where organisation_id = ? and id = ?")
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

    /**
     * Stops an account of the organisation signing in, and ends the sessions it has at once, because a
     * disabled account's existing sessions would otherwise stay valid until they time out.
     */
    @Transactional
    public void deactivate(long organisationId, long accountId) {
        String username = jdbc.sql("select username from account where organisation_id = ? and id = ?")
                .params(organisationId, accountId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Account", accountId));
        jdbc.sql("update account set enabled = false where organisation_id = ? and id = ?")
                .params(organisationId, accountId).update();
        endSessionsOf(username);
    }
}
