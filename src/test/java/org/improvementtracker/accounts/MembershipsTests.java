package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestInvitations;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Memberships and invitations through the services: who may be invited and how they join, what keeps
 * an organisation administered, and what goes into the audit trail.
 */
@DatabaseTest
@SpringBootTest
@RecordApplicationEvents
@Import({TestData.class, TestInvitations.class})
class MembershipsTests {

    private static final String NEW_PASSWORD = "violet lantern orchard";

    @Autowired TestData testData;
    @Autowired TestInvitations mail;
    @Autowired Memberships memberships;
    @Autowired Invitations invitations;
    @Autowired AccountDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationEvents events;

    Organisation organisation;
    SignedInUser administrator;

    @BeforeEach
    void anOrganisation() {
        organisation = testData.organisation();
        administrator = user(organisation, Role.ADMINISTRATOR);
    }

    @Test
    void someoneNewIsInvitedWithAOneTimeLinkThatIsKeptOnlyAsAHash() {
        String email = "sam.lee." + organisation.id() + "@example.gov.uk";

        long accountId = invitations.invite(administrator, new Invitee("Sam Lee", email, Role.CONTRIBUTOR));

        Member invited = memberships.member(organisation.id(), accountId);
        assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(invited.role()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(invited.username()).isEqualTo(email);
        String secret = mail.secret(organisation.id(), email);
        assertThat(mail.message(organisation.id(), email)).contains("Dear Sam Lee", "has invited you to work in "
                + organisation.name(), "as a contributor", "/invitation?token=" + secret, "Your username is " + email);
        assertThat(jdbc.sql("select token_hash from invitation where account_id = ?").param(accountId)
                .query(String.class).single()).isEqualTo(TokenSecret.hash(secret)).doesNotContain(secret);
        assertThat(accounts.loadUserByUsername(email).isEnabled()).as("cannot sign in before choosing a password").isFalse();
        assertThat(invitations.invitation(secret)).isEqualTo(
                new InvitationToAccept(organisation.name(), "Sam Lee", email, false));
    }

    @Test
    void theLinkSetsAPasswordOnceAndMakesThemAnActiveMember() {
        String email = invite("Sam Lee", Role.VIEWER);
        String secret = mail.secret(organisation.id(), email);

        String username = invitations.accept(secret, NEW_PASSWORD);

        SignedInUser joined = accounts.loadUserByUsername(username);
        assertThat(joined.isEnabled()).isTrue();
        assertThat(joined.organisationId()).isEqualTo(organisation.id());
        assertThat(joined.role()).isEqualTo(Role.VIEWER);
        assertThat(passwords.matches(NEW_PASSWORD, joined.getPassword())).isTrue();
        assertThat(memberships.member(organisation.id(), joined.accountId()).status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThatThrownBy(() -> invitations.accept(secret, "another long password here"))
                .isInstanceOfSatisfying(InvitationRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(InvitationRefused.Reason.USED));
        assertThatThrownBy(() -> invitations.invitation(secret)).isInstanceOf(InvitationRefused.class);
    }

    @Test
    void aWeakPasswordIsRefusedNamingThePasswordFieldAndTheLinkStillWorks() {
        String email = invite("Sam Lee", Role.VIEWER);
        String secret = mail.secret(organisation.id(), email);

        for (String weak : List.of("short", "passwordpassword", "")) {
            assertThatThrownBy(() -> invitations.accept(secret, weak)).isInstanceOfSatisfying(InvalidInputException.class,
                    invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("password"));
        }

        assertThat(accounts.loadUserByUsername(email).isEnabled()).isFalse();
        assertThat(invitations.accept(secret, NEW_PASSWORD)).isEqualTo(email);
    }

    @Test
    void anExpiredOrUnknownLinkIsRefused() {
        String email = invite("Sam Lee", Role.VIEWER);
        String secret = mail.secret(organisation.id(), email);
        mail.expire(organisation.id(), email);

        assertThatThrownBy(() -> invitations.accept(secret, NEW_PASSWORD)).isInstanceOfSatisfying(InvitationRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(InvitationRefused.Reason.EXPIRED));
        for (String unknown : List.of("x".repeat(43), "", "' or 1=1 --")) {
            assertThatThrownBy(() -> invitations.invitation(unknown)).isInstanceOfSatisfying(InvitationRefused.class,
                    refused -> assertThat(refused.reason()).isEqualTo(InvitationRefused.Reason.UNKNOWN));
        }
        assertThat(accounts.loadUserByUsername(email).isEnabled()).isFalse();
    }

    @Test
    void invitingSomeoneInvitedAgainSendsANewLinkAndTheOldOneStopsWorking() {
        String email = invite("Sam Lee", Role.VIEWER);
        String first = mail.secret(organisation.id(), email);

        invitations.invite(administrator, new Invitee("Sam Lee", email, Role.PLAN_OWNER));
        String second = mail.secret(organisation.id(), email);

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> invitations.invitation(first)).isInstanceOf(InvitationRefused.class);
        invitations.accept(second, NEW_PASSWORD);
        assertThat(accounts.loadUserByUsername(email).role()).isEqualTo(Role.PLAN_OWNER);
    }

    @Test
    void someoneWithAnAccountElsewhereIsAddedAndAcceptsBySigningIn() {
        Organisation other = testData.organisation();
        String username = other.username(Role.VIEWER);
        String email = mail.giveEmail(username);
        long accountId = accounts.loadUserByUsername(username).accountId();

        assertThat(invitations.invite(administrator, new Invitee("Anyone", email.toUpperCase(), Role.CONTRIBUTOR)))
                .isEqualTo(accountId);

        assertThat(mail.message(organisation.id(), email)).contains("You already have an Improvement Tracker account",
                "with the username " + username, "/login").doesNotContain("token=");
        assertThat(memberships.member(organisation.id(), accountId).status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(memberships.choices(accountId)).extracting(OrganisationChoice::id).containsExactly(other.id());
        invitations.acceptOnSignIn(accountId);
        assertThat(memberships.choices(accountId)).extracting(OrganisationChoice::id)
                .containsExactlyInAnyOrder(other.id(), organisation.id());
        assertThat(memberships.signedInAs(accountId, organisation.id())).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(Role.CONTRIBUTOR);
            assertThat(user.organisationName()).isEqualTo(organisation.name());
        });
        assertThat(accounts.loadUserByUsername(username).organisationId()).as("still starts in their default")
                .isEqualTo(other.id());
    }

    @Test
    void anInvitationNotAcceptedInTimeIsNotAcceptedBySigningIn() {
        Organisation other = testData.organisation();
        String email = mail.giveEmail(other.username(Role.VIEWER));
        long accountId = invitations.invite(administrator, new Invitee("Anyone", email, Role.VIEWER));
        mail.expire(organisation.id(), email);

        invitations.acceptOnSignIn(accountId);

        assertThat(memberships.member(organisation.id(), accountId).status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(memberships.signedInAs(accountId, organisation.id())).isEmpty();
    }

    @Test
    void aMemberAlreadyActiveOrDeactivatedIsNotInvitedAgain() {
        String email = mail.giveEmail(organisation.username(Role.VIEWER));
        long viewer = accounts.loadUserByUsername(organisation.username(Role.VIEWER)).accountId();

        assertThatThrownBy(() -> invitations.invite(administrator, new Invitee("Vera", email, Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems().get(0).field()).isEqualTo("email");
                    assertThat(invalid.problems().get(0).message()).contains("already a member");
                });
        memberships.deactivate(administrator, viewer);
        assertThatThrownBy(() -> invitations.invite(administrator, new Invitee("Vera", email, Role.VIEWER)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems().get(0).message()).contains("reactivate them"));
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedOrDeactivated() {
        Member only = memberships.member(organisation.id(), administrator.accountId());

        assertThatThrownBy(() -> memberships.changeRole(administrator, only.accountId(), Role.VIEWER, only.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems().get(0).field()).isEqualTo("role");
                    assertThat(invalid.problems().get(0).message()).contains("only active administrator");
                });
        assertThatThrownBy(() -> memberships.deactivate(administrator, only.accountId()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems().get(0).message()).contains("only active administrator"));

        long owner = user(organisation, Role.PLAN_OWNER).accountId();
        memberships.changeRole(administrator, owner, Role.ADMINISTRATOR, memberships.member(organisation.id(), owner).version());
        memberships.deactivate(administrator, only.accountId());
        assertThat(memberships.member(organisation.id(), only.accountId()).status()).isEqualTo(MembershipStatus.DEACTIVATED);
    }

    @Test
    void aDeactivatedMemberCannotSignInUntilReactivated() {
        SignedInUser viewer = user(organisation, Role.VIEWER);

        memberships.deactivate(administrator, viewer.accountId());
        assertThat(accounts.loadUserByUsername(viewer.username()).isEnabled()).isFalse();
        assertThat(memberships.signedInAs(viewer.accountId(), organisation.id())).isEmpty();

        memberships.reactivate(administrator, viewer.accountId());
        assertThat(accounts.loadUserByUsername(viewer.username()).isEnabled()).isTrue();
    }

    @Test
    void deactivatingSomeoneInvitedCancelsTheirLinkAndReactivatingDoesNotMakeThemJoin() {
        Organisation other = testData.organisation();
        String email = mail.giveEmail(other.username(Role.VIEWER));
        long existing = invitations.invite(administrator, new Invitee("Anyone", email, Role.VIEWER));
        String newcomer = invite("Sam Lee", Role.VIEWER);
        String secret = mail.secret(organisation.id(), newcomer);
        long newcomerId = accounts.loadUserByUsername(newcomer).accountId();

        memberships.deactivate(administrator, existing);
        memberships.deactivate(administrator, newcomerId);
        memberships.reactivate(administrator, existing);
        memberships.reactivate(administrator, newcomerId);
        invitations.acceptOnSignIn(existing);

        assertThat(memberships.member(organisation.id(), existing).status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(memberships.signedInAs(existing, organisation.id())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(secret, NEW_PASSWORD)).isInstanceOf(InvitationRefused.class);
        invitations.invite(administrator, new Invitee("Sam Lee", newcomer, Role.VIEWER));
        assertThat(invitations.accept(mail.secret(organisation.id(), newcomer), NEW_PASSWORD)).isEqualTo(newcomer);
    }

    @Test
    void aRoleChangeFromAStaleVersionIsRefused() {
        long viewer = user(organisation, Role.VIEWER).accountId();
        int seen = memberships.member(organisation.id(), viewer).version();
        memberships.changeRole(administrator, viewer, Role.CONTRIBUTOR, seen);

        assertThatThrownBy(() -> memberships.changeRole(administrator, viewer, Role.PLAN_OWNER, seen))
                .isInstanceOf(ConflictException.class);
        assertThat(memberships.member(organisation.id(), viewer).role()).isEqualTo(Role.CONTRIBUTOR);
    }

    @Test
    void anotherOrganisationsMembersAreNotFoundAndOnlyAdministratorsManage() {
        Organisation other = testData.organisation();
        long theirs = user(other, Role.VIEWER).accountId();

        assertThatThrownBy(() -> memberships.member(organisation.id(), theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> memberships.deactivate(administrator, theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> memberships.changeRole(administrator, theirs, Role.ADMINISTRATOR, 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(memberships.members(organisation.id())).extracting(Member::accountId).doesNotContain(theirs);
        SignedInUser owner = user(organisation, Role.PLAN_OWNER);
        assertThatThrownBy(() -> memberships.deactivate(owner, user(organisation, Role.VIEWER).accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(owner, new Invitee("Sneaky", "sneaky@example.org", Role.ADMINISTRATOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(memberships.member(other.id(), theirs).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void everyChangeIsAuditedWithoutPasswordsOrLinks() {
        String email = invite("Sam Lee", Role.VIEWER);
        String secret = mail.secret(organisation.id(), email);
        invitations.accept(secret, NEW_PASSWORD);
        long accountId = accounts.loadUserByUsername(email).accountId();
        memberships.changeRole(administrator, accountId, Role.CONTRIBUTOR, memberships.member(organisation.id(), accountId).version());
        memberships.deactivate(administrator, accountId);
        memberships.reactivate(administrator, accountId);

        List<AuditEvent> audited = events.stream(AuditEvent.class)
                .filter(event -> event.subject().type().equals("Member") && event.subject().id() == accountId).toList();
        assertThat(audited).extracting(AuditEvent::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE,
                AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(audited).extracting(event -> ((Member) event.after()).status()).containsExactly(
                MembershipStatus.INVITED, MembershipStatus.ACTIVE, MembershipStatus.ACTIVE, MembershipStatus.DEACTIVATED,
                MembershipStatus.ACTIVE);
        assertThat(audited).allSatisfy(event -> {
            assertThat(event.organisationId()).isEqualTo(organisation.id());
            assertThat(String.valueOf(event.before()) + event.after()).doesNotContain(secret, NEW_PASSWORD, "$2a$");
        });
    }

    private String invite(String name, Role role) {
        String email = name.toLowerCase().replace(' ', '.') + "." + organisation.id() + "@example.gov.uk";
        invitations.invite(administrator, new Invitee(name, email, role));
        return email;
    }

    private SignedInUser user(Organisation of, Role role) {
        return accounts.loadUserByUsername(of.username(role));
    }
}
