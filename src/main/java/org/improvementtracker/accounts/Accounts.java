package org.improvementtracker.accounts;

import java.time.Clock;
import java.time.ZoneOffset;

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
