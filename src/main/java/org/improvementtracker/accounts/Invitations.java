package org.improvementtracker.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.improvementtracker.accounts.InvitationRefused.Reason;
import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators invite people into their organisation. Someone new gets an account without a password
 * and a one-time link (random, stored only as a hash, used once, for {@link #LIFETIME}) to choose one;
 * someone whose email address already has an account, in another organisation, is added as a member and
 * accepts by signing in within the same time. Either way they are "invited" until then, and cannot work
 * in the organisation.
 */
@Service
public class Invitations {

    public static final Duration LIFETIME = Duration.ofDays(7);

    private static final int SECRET_BYTES = 32;
    private static final String SECRET_SHAPE = "[A-Za-z0-9_-]{43}";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final Memberships memberships;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Invitations(JdbcClient jdbc, Clock clock, PasswordEncoder passwords, Memberships memberships, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwords = passwords;
        this.memberships = memberships;
        this.audit = audit;
        this.events = events;
    }

    private record Account(long id, String username, String email, boolean hasPassword) {
    }

    /**
     * Invites the person, or adds an existing account as an invited member (written to at the address
     * their account has, which may differ in case from the one typed). Inviting someone already
     * invited sends a new invitation (with the role given now) and the earlier link stops working; someone
     * already active or deactivated here is refused, naming the email field. Returns the invited account.
     */
    @Transactional
    public long invite(SignedInUser administrator, Invitee invitee) {
        long organisationId = Memberships.organisationOf(administrator);
        String email = invitee.email().strip();
        OffsetDateTime now = now();
        Account account = existing(email).orElseGet(() -> newAccount(organisationId, invitee.name().strip(), email, now));
        Optional<Member> before = memberships.find(organisationId, account.id());
        if (before.isEmpty()) {
            jdbc.sql("""
                    insert into membership (organisation_id, account_id, role, status, created_at)
                    values (?, ?, ?, 'INVITED', ?)""")
                    .params(organisationId, account.id(), invitee.role().name(), now).update();
        } else if (before.get().status() == MembershipStatus.INVITED) {
            jdbc.sql("update membership set role = ?, version = version + 1 where organisation_id = ? and account_id = ?")
                    .params(invitee.role().name(), organisationId, account.id()).update();
            jdbc.sql("""
                    update invitation set expires_at = ? where organisation_id = ? and account_id = ? and used_at is null
                    and expires_at > ?""")
                    .params(now, organisationId, account.id(), now).update();
        } else {
            Member member = before.get();
            throw new InvalidInputException("email", member.status() == MembershipStatus.ACTIVE
                    ? member.name() + " (" + member.email() + ") is already a member of this organisation"
                    : member.name() + " (" + member.email() + ") was deactivated: reactivate them from the list of members instead");
        }
        Member after = memberships.member(organisationId, account.id());
        before.ifPresentOrElse(earlier -> audit.updated(organisationId, Memberships.subject(after), earlier, after),
                () -> audit.created(organisationId, Memberships.subject(after), after));

        String secret = account.hasPassword() ? null : newSecret();
        OffsetDateTime expires = now.plus(LIFETIME);
        long invitationId = Inserted.id(jdbc.sql("""
                insert into invitation (organisation_id, account_id, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(organisationId, account.id(), secret == null ? null : TokenSecret.hash(secret), now, expires));
        events.publishEvent(new MemberInvited(organisationId, administrator.organisationName(), invitationId,
                account.id(), after.name(), account.email(), account.username(), invitee.role(), administrator.displayName(),
                secret, expires.toInstant()));
        return account.id();
    }

    /** What a live link invites to; a link unknown, used or expired is refused, saying which. */
    @Transactional(readOnly = true)
    public InvitationToAccept invitation(String secret) {
        Live live = live(secret);
        return new InvitationToAccept(live.organisationName(), live.name(), live.username(), live.hasPassword());
    }

    /**
     * Sets the password the invited person chose (the password policy decides, naming the password field)
     * and makes them an active member; the link is used up. Returns their username, to sign in with.
     */
    @Transactional
    public String accept(String secret, String password) {
        Live live = live(secret);
        if (live.hasPassword()) {
            throw new InvalidInputException("password", "You already have a password: sign in with it to accept the invitation");
        }
        PasswordPolicy.standard().problem(password).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        // Claimed before anything else changes: of two uses of one link at the same moment, one finds it used
        if (jdbc.sql("update invitation set used_at = ? where id = ? and used_at is null")
                .params(now(), live.invitationId()).update() == 0) {
            throw new InvitationRefused(Reason.USED);
        }
        jdbc.sql("update account set password_hash = ? where id = ?")
                .params(passwords.encode(password), live.accountId()).update();
        activate(live.accountId(), List.of(live.organisationId()));
        return live.username();
    }

    /**
     * On signing in, the person joins every organisation whose invitation is still live: that is how
     * someone who already had an account accepts.
     */
    @Transactional
    public void acceptOnSignIn(long accountId) {
        OffsetDateTime now = now();
        List<Long> organisations = jdbc.sql("""
                select distinct i.organisation_id from invitation i
                join membership m on m.organisation_id = i.organisation_id and m.account_id = i.account_id
                where i.account_id = ? and i.used_at is null and i.expires_at > ? and m.status = 'INVITED'""")
                .params(accountId, now).query(Long.class).list();
        if (organisations.isEmpty()) {
            return;
        }
        activate(accountId, organisations);
        jdbc.sql("""
                update invitation set used_at = :now
                where account_id = :account and organisation_id in (:organisations) and used_at is null""")
                .param("now", now).param("account", accountId).param("organisations", organisations).update();
    }

    private void activate(long accountId, List<Long> organisations) {
        Map<Long, Member> before = new LinkedHashMap<>();
        jdbc.sql("select m.organisation_id, " + Memberships.MEMBER_COLUMNS + """
                 from membership m join account a on a.id = m.account_id
                where m.account_id = :account and m.organisation_id in (:organisations) and m.status = 'INVITED'""")
                .param("account", accountId).param("organisations", organisations)
                .query(rs -> {
                    before.put(rs.getLong("organisation_id"), Memberships.member(rs, 0));
                });
        jdbc.sql("""
                update membership set status = 'ACTIVE', joined_at = :now, version = version + 1
                where account_id = :account and organisation_id in (:organisations) and status = 'INVITED'""")
                .param("now", now()).param("account", accountId).param("organisations", organisations).update();
        before.forEach((organisationId, was) -> {
            Member is = new Member(was.accountId(), was.name(), was.username(), was.email(), was.role(),
                    MembershipStatus.ACTIVE, was.lastSignedInAt(), was.version() + 1);
            audit.updated(organisationId, Memberships.subject(is), was, is);
        });
    }

    private record Live(long invitationId, long organisationId, String organisationName, long accountId, String name,
            String username, boolean hasPassword) {
    }

    /** The invitation behind a secret, if it may still be used. */
    private Live live(String secret) {
        if (secret == null || !secret.matches(SECRET_SHAPE)) {
            throw new InvitationRefused(Reason.UNKNOWN);
        }
        record Found(Live live, OffsetDateTime expiresAt, boolean used) {
        }
        Found found = jdbc.sql("""
                select i.id, i.organisation_id, o.name as organisation_name, a.id as account_id, a.display_name,
                       a.username, a.password_hash, i.expires_at, i.used_at, m.status
                from invitation i join account a on a.id = i.account_id
                join organisation o on o.id = i.organisation_id
                join membership m on m.organisation_id = i.organisation_id and m.account_id = i.account_id
                where i.token_hash = ?""")
                .param(TokenSecret.hash(secret))
                .query((rs, n) -> new Found(new Live(rs.getLong("id"), rs.getLong("organisation_id"),
                        rs.getString("organisation_name"), rs.getLong("account_id"), rs.getString("display_name"),
                        rs.getString("username"), rs.getString("password_hash") != null),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getTimestamp("used_at") != null || !"INVITED".equals(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new InvitationRefused(Reason.UNKNOWN));
        if (found.used()) {
            throw new InvitationRefused(Reason.USED);
        }
        if (!found.expiresAt().isAfter(now())) {
            throw new InvitationRefused(Reason.EXPIRED);
        }
        return found.live();
    }

    /** The account that has this email address (or has it as its username); more than one is refused. */
    private Optional<Account> existing(String email) {
        List<Account> found = jdbc.sql("""
                select id, username, email, password_hash from account where lower(email) = ? or lower(username) = ?
                order by id""")
                .params(email.toLowerCase(Locale.ROOT), email.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("email") == null ? email : rs.getString("email"), rs.getString("password_hash") != null))
                .list();
        if (found.size() > 1) {
            throw new InvalidInputException("email", "More than one account has this email address, so it cannot "
                    + "say whom to invite. Ask whoever runs Improvement Tracker to give each account its own address.");
        }
        return found.stream().findFirst();
    }

    /** Someone new: their email address is their username; no password until they choose one. */
    private Account newAccount(long organisationId, String name, String email, OffsetDateTime now) {
        String username = email.toLowerCase(Locale.ROOT);
        long id = Inserted.id(jdbc.sql("""
                insert into account (organisation_id, username, display_name, email, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(organisationId, username, name, email, now));
        return new Account(id, username, email, false);
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
