package org.improvementtracker.accounts;

import java.util.Map;

import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
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

    private final AuditTrail audit;

    Accounts(JdbcClient jdbc, FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.sessions = sessions;
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
        audit.updated(organisationId, AuditSubject.of("Account", accountId, username), Map.of("enabled", true),
                Map.of("enabled", false));
        endSessionsOf(username);
    }
}
