package org.improvementtracker.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: each person creates, lists and revokes their own; a token acts as its account,
 * in the organisation it was created in and with the account's role there now, until it expires or is
 * revoked or the account's membership of that organisation is deactivated.
 */
@Service
public class ApiTokens {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    /** A token's last use is recorded at most this often, so a busy script does not write on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final String COLUMNS = "id, name, prefix, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Transactional
    public NewApiToken create(SignedInUser owner, String name, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "Enter a number of days from 1 to " + MAX_DAYS);
        }
        String secret = TokenSecret.generate();
        OffsetDateTime now = now();
        OffsetDateTime expires = now.plusDays(days);
        long id = Inserted.id(jdbc.sql("""
                insert into api_token (organisation_id, account_id, name, token_hash, prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(owner.organisationId(), owner.accountId(), name.strip(), TokenSecret.hash(secret),
                        TokenSecret.shown(secret), now, expires));
        ApiToken created = mine(owner, id);
        audit.created(owner.organisationId(), subject(owner, created), created);
        return new NewApiToken(id, name.strip(), secret, expires);
    }

    /** The person's own tokens, newest first, revoked and expired ones included so they can see what stopped. */
    public List<ApiToken> mine(SignedInUser owner) {
        return jdbc.sql("select " + COLUMNS + " from api_token where organisation_id = ? and account_id = ? "
                        + "order by created_at desc, id desc")
                .params(owner.organisationId(), owner.accountId())
                .query(this::token)
                .list();
    }

    /** One of the person's own tokens; anyone else's, in any organisation, is not found. */
    public ApiToken mine(SignedInUser owner, long tokenId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = ? and organisation_id = ? and account_id = ?")
                .params(tokenId, owner.organisationId(), owner.accountId())
                .query(this::token)
                .optional()
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
    }

    /** Stops the token working at once. Revoking a revoked token changes nothing. */
    @Transactional
    public ApiToken revoke(SignedInUser owner, long tokenId) {
        ApiToken token = mine(owner, tokenId);
        int rows = jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(now(), token.id())
                .update();
        if (rows > 0) {
            audit.updated(owner.organisationId(), subject(owner, token), token, mine(owner, tokenId));
        }
        return token;
    }

    /** Filed under the token's owner; the token is shown by name and prefix, never its secret or hash. */
    private static AuditSubject subject(SignedInUser owner, ApiToken token) {
        return AuditSubject.of("API token", token.id(), token.name() + " (" + token.prefix() + "…) of " + owner.username());
    }

    /**
     * The account a presented secret acts as, if it is a live token of an enabled account. The lookup is
     * by hash (a hash of a high-entropy secret reveals nothing about its neighbours, so an index lookup
     * leaks nothing useful through timing); the hashes are then compared in constant time all the same.
     */
    Optional<SignedInUser> signIn(String secret) {
        if (!TokenSecret.isWellFormed(secret)) {
            return Optional.empty();
        }
        String hash = TokenSecret.hash(secret);
        OffsetDateTime now = now();
        Optional<LiveToken> found = jdbc.sql("""
                select t.id as token_id, t.token_hash, t.last_used_at, a.id, t.organisation_id,
                       o.name as organisation_name, a.username, a.display_name, m.role
                from api_token t
                join account a on a.id = t.account_id
                join membership m on m.account_id = t.account_id and m.organisation_id = t.organisation_id
                join organisation o on o.id = t.organisation_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and a.enabled = true
                  and m.status = 'ACTIVE'""")
                .params(hash, now)
                .query(ApiTokens::liveToken)
                .optional()
                .filter(token -> TokenSecret.sameHash(token.hash(), hash));
        found.ifPresent(token -> recordUse(token, now));
        return found.map(LiveToken::user);
    }

    private void recordUse(LiveToken token, OffsetDateTime now) {
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ?").params(now, token.id()).update();
        }
    }

    private record LiveToken(long id, String hash, OffsetDateTime lastUsedAt, SignedInUser user) {
    }

    private static LiveToken liveToken(ResultSet rs, int row) throws SQLException {
        SignedInUser user = new SignedInUser(rs.getLong("id"), rs.getLong("organisation_id"),
                rs.getString("organisation_name"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), null, true);
        return new LiveToken(rs.getLong("token_id"), rs.getString("token_hash"),
                rs.getObject("last_used_at", OffsetDateTime.class), user);
    }

    /** Times in the service's own time zone, as people read them, whatever zone the database answers in. */
    private ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), local(rs, "created_at"),
                local(rs, "expires_at"), local(rs, "last_used_at"), local(rs, "revoked_at"));
    }

    private OffsetDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }
}
