package org.improvementtracker.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in the database (so every instance sees them) and locks a
 * username that has too many. Attempts while locked are refused before the password is checked and
 * are not counted, so a flood of guesses costs no password hashing and does not lengthen the lockout.
 */
@Component
class SignInThrottle {

    /** Usernames are at most this long in the failure table; longer ones cannot be accounts. */
    private static final int KEY_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties properties;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** When the username's lockout ends, if one is in force now. */
    Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("""
                select locked_until from sign_in_lockout where username = ? and locked_until > ?
                order by locked_until desc limit 1""")
                .params(key(username), now())
                .query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant);
    }

    /**
     * Records a failure; returns the end of the lockout it starts, if it was one too many. Failures
     * before the last lockout ended were paid for by that lockout and are not counted again.
     */
    @Transactional
    Optional<Instant> failed(String username) {
        String key = key(username);
        OffsetDateTime now = now();
        OffsetDateTime windowStart = now.minus(properties.failureWindow());
        jdbc.sql("delete from sign_in_failure where failed_at <= ?").param(windowStart).update();
        jdbc.sql("delete from sign_in_lockout where locked_until <= ?").param(windowStart).update();
        jdbc.sql("insert into sign_in_failure (username, failed_at) values (?, ?)").params(key, now).update();
        long failures = jdbc.sql("""
                select count(*) from sign_in_failure
                where username = ? and failed_at > ?
                  and failed_at > coalesce((select max(locked_until) from sign_in_lockout where username = ?), ?)""")
                .params(key, windowStart, key, windowStart)
                .query(Long.class).single();
        if (failures < properties.maxFailures()) {
            return Optional.empty();
        }
        OffsetDateTime until = now.plus(properties.lockout());
        jdbc.sql("insert into sign_in_lockout (username, locked_at, locked_until) values (?, ?, ?)")
                .params(key, now, until).update();
        return Optional.of(until.toInstant());
    }

    /** A successful sign-in forgives earlier mistakes. */
    void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where username = ?").param(key(username)).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String key(String username) {
        String name = username == null ? "" : username;
        return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
    }
}
