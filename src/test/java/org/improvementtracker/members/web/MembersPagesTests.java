package org.improvementtracker.members.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestInvitations;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.people.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The members pages and the invitation page, through real browser sessions (so the 403, 404 and 410
 * pages are the ones people see): the happy path of an invitation, and each way it can go wrong.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, TestInvitations.class})
class MembersPagesTests {

    private static final String MEMBERS = "/organisation/members";
    private static final String NEW_PASSWORD = "violet lantern orchard";

    @LocalServerPort int port;
    @Autowired TestData testData;
    @Autowired TestInvitations mail;
    @Autowired People people;

    Organisation organisation;
    WebSession administrator;

    @BeforeEach
    void anAdministrator() {
        organisation = testData.organisation();
        administrator = signIn(Role.ADMINISTRATOR);
    }

    @Test
    void theListShowsEveryMemberWithRoleStatusAndLastSignIn() {
        signIn(Role.VIEWER);

        String list = Html.text(administrator.get(MEMBERS).body());

        assertThat(list).contains("Members", "4 members",
                "Administrator of " + organisation.name() + " " + organisation.username(Role.ADMINISTRATOR) + " Administrator Active",
                "Viewer of " + organisation.name() + " " + organisation.username(Role.VIEWER) + " Viewer Active",
                "Plan owner of " + organisation.name() + " " + organisation.username(Role.PLAN_OWNER) + " Plan owner Active Never",
                "Change role", "Deactivate", "Invite someone");
        assertThat(list).containsPattern("Viewer Active \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void anAdministratorInvitesSomeoneWhoSetsAPasswordAndSignsIn() {
        long personId = testData.person(organisation, "Sam Lee");
        String email = "sam." + organisation.id() + "@example.gov.uk";

        WebSession.Page invited = administrator.post(MEMBERS + "/new", Map.of("name", "Sam Lee", "email", email,
                "role", "CONTRIBUTOR", "personId", Long.toString(personId)));
        String list = Html.text(administrator.get(MEMBERS).body());
        String outbox = Html.text(administrator.get("/outbox").body());

        assertThat(invited.status()).isEqualTo(302);
        assertThat(list).contains("Sam Lee has been invited", "Sam Lee " + email + " Contributor Invited Never");
        assertThat(outbox).contains("You are invited to join " + organisation.name(), "Sam Lee " + email);
        assertThat(people.get(organisation.id(), personId).accountId()).as("linked to the person").isNotNull();

        WebSession sam = new WebSession(port);
        String secret = mail.secret(organisation.id(), email);
        String page = Html.text(sam.get("/invitation?token=" + secret).body());
        WebSession.Page accepted = sam.post("/invitation", Map.of("token", secret, "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD));
        WebSession.Page signInPage = sam.get(accepted.location().replace("http://localhost:" + port, ""));

        assertThat(page).contains("Join " + organisation.name(), "Welcome, Sam Lee", "Your username is " + email);
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).endsWith("/login?welcome=");
        assertThat(Html.text(signInPage.body())).contains("Your password is set. Sign in to start.");
        assertThat(signInPage.body()).contains("value=\"" + email + "\"");
        sam.signIn(email, NEW_PASSWORD);
        assertThat(Html.text(sam.get("/plans").body())).contains("Sam Lee (Contributor)");
        assertThat(Html.text(administrator.get(MEMBERS).body())).contains("Sam Lee " + email + " Contributor Active")
                .doesNotContain("Invited Never");
    }

    @Test
    void invitationsWithMistakesAreShownAgainNamingTheFieldAndKeepingWhatWasTyped() {
        String badEmailPage = administrator.post(MEMBERS + "/new", Map.of("name", "Sam Lee", "email", "not an email",
                "role", "VIEWER")).body();
        String badEmail = Html.text(badEmailPage);
        String nothing = Html.text(administrator.post(MEMBERS + "/new", Map.of("name", "", "email", "", "role", "")).body());
        String bogusRole = Html.text(administrator.post(MEMBERS + "/new", Map.of("name", "Sam", "email",
                "sam@example.org", "role", "SUPERUSER")).body());
        String duplicate = Html.text(administrator.post(MEMBERS + "/new", Map.of("name", "Again", "email",
                mail.giveEmail(organisation.username(Role.VIEWER)), "role", "VIEWER")).body());
        String theirPerson = Html.text(administrator.post(MEMBERS + "/new", Map.of("name", "Sam", "email",
                "sam.other." + organisation.id() + "@example.org", "role", "VIEWER", "personId",
                Long.toString(testData.person(testData.organisation(), "Someone else's")))).body());

        assertThat(badEmail).contains("Error: Invite someone", "There is a problem",
                "Enter an email address in the correct format");
        assertThat(badEmailPage).contains("value=\"Sam Lee\"", "value=\"not an email\"");
        assertThat(nothing).contains("Enter the person’s name", "Enter the person’s email address", "Choose a role");
        assertThat(bogusRole).contains("Choose a role");
        assertThat(duplicate).contains("is already a member of this organisation");
        assertThat(theirPerson).contains("Choose a person from your organisation’s list");
        assertThat(Html.text(administrator.get(MEMBERS).body())).contains("4 members");
    }

    @Test
    void usedExpiredAndUnknownLinksAndWeakPasswordsAreRefused() {
        String email = invite("Sam Lee");
        String secret = mail.secret(organisation.id(), email);
        WebSession sam = new WebSession(port);
        sam.get("/invitation?token=" + secret);

        String weak = Html.text(sam.post("/invitation", Map.of("token", secret, "password", "password1234",
                "confirmation", "password1234")).body());
        String different = Html.text(sam.post("/invitation", Map.of("token", secret, "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD + "!")).body());
        assertThat(weak).contains("There is a problem", "one of the most common passwords");
        assertThat(different).contains("Enter the same password twice").doesNotContain(NEW_PASSWORD);
        assertThat(sam.post("/invitation", Map.of("token", secret, "password", NEW_PASSWORD, "confirmation",
                NEW_PASSWORD)).status()).isEqualTo(302);

        WebSession.Page used = new WebSession(port).get("/invitation?token=" + secret);
        WebSession.Page unknown = new WebSession(port).get("/invitation?token=" + "A".repeat(43));
        WebSession.Page none = new WebSession(port).get("/invitation");
        String other = invite("Kim Ng");
        mail.expire(organisation.id(), other);
        WebSession.Page expired = new WebSession(port).get("/invitation?token=" + mail.secret(organisation.id(), other));

        assertThat(used.status()).isEqualTo(410);
        assertThat(Html.text(used.body())).contains("This invitation has already been used");
        assertThat(expired.status()).isEqualTo(410);
        assertThat(Html.text(expired.body())).contains("This invitation has expired", "work for 7 days");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(none.status()).isEqualTo(404);
        assertThat(Html.text(unknown.body())).contains("This invitation link is not recognised");
    }

    @Test
    void changingARoleSignsThemOutAndTheLastAdministratorKeepsTheirs() {
        WebSession viewer = signIn(Role.VIEWER);
        long viewerId = testData.accountId(organisation.username(Role.VIEWER));
        long adminId = testData.accountId(organisation.username(Role.ADMINISTRATOR));
        String form = administrator.get(MEMBERS + "/" + viewerId + "/edit").body();

        WebSession.Page changed = administrator.post(MEMBERS + "/" + viewerId + "/edit",
                Map.of("role", "PLAN_OWNER", "version", Html.hiddenValue(form, "version")));
        WebSession.Page stale = administrator.post(MEMBERS + "/" + viewerId + "/edit",
                Map.of("role", "VIEWER", "version", Html.hiddenValue(form, "version")));
        administrator.get(MEMBERS + "/" + adminId + "/edit");
        String lastAdministrator = Html.text(administrator.post(MEMBERS + "/" + adminId + "/edit",
                Map.of("role", "VIEWER", "version", "0")).body());

        assertThat(changed.status()).isEqualTo(302);
        assertThat(Html.text(administrator.get(MEMBERS).body())).contains("is now plan owner",
                "Viewer of " + organisation.name() + " " + organisation.username(Role.VIEWER) + " Plan owner Active");
        assertThat(viewer.get("/plans").status()).as("signed out so the new role applies").isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(lastAdministrator).contains("There is a problem", "only active administrator");
    }

    @Test
    void deactivatingEndsTheirSessionsAtOnceAndReactivatingLetsThemBackIn() {
        WebSession viewer = signIn(Role.VIEWER);
        long viewerId = testData.accountId(organisation.username(Role.VIEWER));

        String confirm = Html.text(administrator.get(MEMBERS + "/" + viewerId + "/deactivate").body());
        WebSession.Page deactivated = administrator.post(MEMBERS + "/" + viewerId + "/deactivate", Map.of());

        assertThat(confirm).contains("Deactivate Viewer of " + organisation.name() + "?", "signed out at once");
        assertThat(deactivated.status()).isEqualTo(302);
        assertThat(viewer.get("/plans").status()).isEqualTo(302);
        assertThat(Html.text(administrator.get(MEMBERS).body())).contains("has been deactivated",
                organisation.username(Role.VIEWER) + " Viewer Deactivated", "Reactivate");

        administrator.post(MEMBERS + "/" + viewerId + "/reactivate", Map.of());
        assertThat(Html.text(administrator.get(MEMBERS).body())).contains("can sign in to this organisation again");
        signIn(Role.VIEWER);
    }

    @Test
    void theOnlyAdministratorCannotDeactivateThemself() {
        long adminId = testData.accountId(organisation.username(Role.ADMINISTRATOR));
        administrator.get(MEMBERS + "/" + adminId + "/deactivate");

        WebSession.Page refused = administrator.post(MEMBERS + "/" + adminId + "/deactivate", Map.of());

        assertThat(refused.status()).isEqualTo(200);
        assertThat(Html.text(refused.body())).contains("There is a problem", "only active administrator");
        assertThat(administrator.get("/plans").status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsMembersAreNotFound() {
        Organisation other = testData.organisation();
        long theirs = testData.accountId(other.username(Role.VIEWER));

        for (String path : new String[] {"/edit", "/deactivate"}) {
            WebSession.Page page = administrator.get(MEMBERS + "/" + theirs + path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).doesNotContain(other.username(Role.VIEWER));
        }
        assertThat(administrator.post(MEMBERS + "/" + theirs + "/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(administrator.get(MEMBERS).body()).doesNotContain(other.name());
        assertThat(new WebSession(port).signIn(other.username(Role.VIEWER), TestData.PASSWORD)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(names = {"PLAN_OWNER", "CONTRIBUTOR", "VIEWER"})
    void onlyAdministratorsManageMembers(Role role) {
        WebSession someone = signIn(role);
        long viewerId = testData.accountId(organisation.username(Role.VIEWER));

        for (String path : new String[] {MEMBERS, MEMBERS + "/new", MEMBERS + "/" + viewerId + "/edit"}) {
            WebSession.Page page = someone.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.body()).contains("You cannot do that");
        }
        assertThat(someone.post(MEMBERS + "/new", Map.of("name", "Sneaky", "email", "sneaky@example.org",
                "role", "ADMINISTRATOR")).status()).isEqualTo(403);
        assertThat(someone.post(MEMBERS + "/" + viewerId + "/deactivate", Map.of()).status()).isEqualTo(403);
        assertThat(someone.get("/plans").body()).doesNotContain("href=\"/organisation/members\"");
        assertThat(administrator.get("/plans").body()).contains("href=\"/organisation/members\"");
        assertThat(Html.text(administrator.get(MEMBERS).body())).contains("4 members").doesNotContain("Sneaky");
    }

    private String invite(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + organisation.id() + "@example.gov.uk";
        assertThat(administrator.post(MEMBERS + "/new", Map.of("name", name, "email", email, "role", "VIEWER")).status())
                .isEqualTo(302);
        return email;
    }

    private WebSession signIn(Role role) {
        return new WebSession(port).signIn(organisation.username(role), TestData.PASSWORD);
    }
}
