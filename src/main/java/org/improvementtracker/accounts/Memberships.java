package org.improvementtracker.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.Updated;
import org.improvementtracker.support.audit.AuditSubject;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which organisation, with what role. Administrators list their organisation's members,
 * change roles, deactivate and reactivate; an organisation always keeps at least one active
 * administrator. A change to someone's role or status ends their sessions, so it applies at once
 * (their API tokens and HTTP Basic read the membership on every request anyway).
 */
@Service
public class Memberships {

    static final String MEMBER_COLUMNS = """
            a.id as account_id, a.display_name, a.username, a.email, a.last_signed_in_at, m.role, m.status, m.version""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final Accounts accounts;

    Memberships(JdbcClient jdbc, Clock clock, AuditTrail audit, Accounts accounts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** The organisation's members, by name: active, invited and deactivated alike. */
    public List<Member> members(long organisationId) {
        return jdbc.sql("select " + MEMBER_COLUMNS + """
                 from membership m join account a on a.id = m.account_id
                where m.organisation_id = ? order by lower(a.display_name), a.id""")
                .param(organisationId).query(Memberships::member).list();
    }

    /** One member of the organisation; anyone else, member of another organisation or not, is not found. */
    public Member member(long organisationId, long accountId) {
        return find(organisationId, accountId).orElseThrow(() -> new NotFoundException("Member", accountId));
    }

    Optional<Member> find(long organisationId, long accountId) {
        return jdbc.sql("select " + MEMBER_COLUMNS + """
                 from membership m join account a on a.id = m.account_id
                where m.organisation_id = ? and m.account_id = ?""")
                .params(organisationId, accountId).query(Memberships::member).optional();
    }

    /** The organisations the account may work in now, by name: what the header's switcher offers. */
    public List<OrganisationChoice> choices(long accountId) {
        return jdbc.sql("""
                select o.id, o.name, m.role from membership m join organisation o on o.id = m.organisation_id
                where m.account_id = ? and m.status = 'ACTIVE' order by o.name, o.id""")
                .param(accountId)
                .query((rs, n) -> new OrganisationChoice(rs.getLong("id"), rs.getString("name"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }

    /**
     * The person as a member of the given organisation, if they are an active member of it now and their
     * account is enabled: whom a switch of organisation, or an API request naming one, acts as.
     */
    public Optional<SignedInUser> signedInAs(long accountId, long organisationId) {
        return jdbc.sql("""
                select a.id, o.id as organisation_id, o.name, a.username, a.display_name, m.role
                from account a join membership m on m.account_id = a.id
                join organisation o on o.id = m.organisation_id
                where a.id = ? and o.id = ? and m.status = 'ACTIVE' and a.enabled = true""")
                .params(accountId, organisationId)
                .query((rs, n) -> new SignedInUser(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                        null, true))
                .optional();
    }

    /** A new role, from the version the administrator saw; the last active administrator keeps theirs. */
    @Transactional
    public Member changeRole(SignedInUser administrator, long accountId, Role role, int version) {
        long organisationId = organisationOf(administrator);
        Member before = member(organisationId, accountId);
        if (before.isActiveAdministrator() && role != Role.ADMINISTRATOR) {
            requireAnotherActiveAdministrator(organisationId, before, "role");
        }
        int rows = jdbc.sql("""
                update membership set role = ?, version = version + 1
                where organisation_id = ? and account_id = ? and version = ?""")
                .params(role.name(), organisationId, accountId, version).update();
        Updated.exactlyOne(rows, "Member", accountId, true);
        Member after = member(organisationId, accountId);
        audit.updated(organisationId, subject(after), before, after);
        if (before.role() != role) {
            accounts.endSessionsOf(before.username());
        }
        return after;
    }

    /**
     * Stops the member working in this organisation: their sessions end at once (everywhere, as sessions
     * are the person's, not the organisation's), and their API tokens and password stop working here.
     * Someone invited who has not joined yet loses their invitation.
     */
    @Transactional
    public Member deactivate(SignedInUser administrator, long accountId) {
        long organisationId = organisationOf(administrator);
        Member before = member(organisationId, accountId);
        if (before.isActiveAdministrator()) {
            requireAnotherActiveAdministrator(organisationId, before, "accountId");
        }
        Member after = changeStatus(organisationId, before, MembershipStatus.DEACTIVATED);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                update invitation set expires_at = ? where organisation_id = ? and account_id = ? and used_at is null
                and expires_at > ?""")
                .params(now, organisationId, accountId, now).update();
        accounts.endSessionsOf(before.username());
        return after;
    }

    /**
     * Lets a deactivated member work in the organisation again; anyone else is left as they are. Someone
     * deactivated before they ever joined goes back to invited: only they can accept an invitation (which
     * an administrator can then send again), so deactivating and reactivating cannot add someone unasked.
     */
    @Transactional
    public Member reactivate(SignedInUser administrator, long accountId) {
        long organisationId = organisationOf(administrator);
        Member before = member(organisationId, accountId);
        if (before.status() != MembershipStatus.DEACTIVATED) {
            return before;
        }
        boolean joined = jdbc.sql("""
                select count(*) from membership where organisation_id = ? and account_id = ? and joined_at is not null""")
                .params(organisationId, accountId).query(Long.class).single() > 0;
        return changeStatus(organisationId, before, joined ? MembershipStatus.ACTIVE : MembershipStatus.INVITED);
    }

    private Member changeStatus(long organisationId, Member before, MembershipStatus status) {
        jdbc.sql("""
                update membership set status = ?, version = version + 1 where organisation_id = ? and account_id = ?""")
                .params(status.name(), organisationId, before.accountId()).update();
        Member after = member(organisationId, before.accountId());
        audit.updated(organisationId, subject(after), before, after);
        return after;
    }

    /**
     * Refuses to remove the last active administrator. The administrators' rows are locked first, so two
     * administrators deactivating each other at the same moment cannot both succeed.
     */
    private void requireAnotherActiveAdministrator(long organisationId, Member leaving, String field) {
        List<Long> administrators = jdbc.sql("""
                select account_id from membership
                where organisation_id = ? and role = 'ADMINISTRATOR' and status = 'ACTIVE' for update""")
                .param(organisationId).query(Long.class).list();
        if (administrators.stream().noneMatch(id -> id != leaving.accountId())) {
            throw new InvalidInputException(field, leaving.name() + " is the organisation’s only active administrator. "
                    + "Make someone else an administrator first, so that someone can still manage its members.");
        }
    }

    static AuditSubject subject(Member member) {
        return AuditSubject.of("Member", member.accountId(), member.name());
    }

    static long organisationOf(SignedInUser administrator) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("Only administrators manage the organisation's members");
        }
        return administrator.organisationId();
    }

    static Member member(ResultSet rs, int row) throws SQLException {
        Timestamp lastSignedIn = rs.getTimestamp("last_signed_in_at");
        return new Member(rs.getLong("account_id"), rs.getString("display_name"), rs.getString("username"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), MembershipStatus.valueOf(rs.getString("status")),
                lastSignedIn == null ? null : lastSignedIn.toInstant(), rs.getInt("version"));
    }
}
