package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Someone who belongs to two organisations (a regional partner) works in one at a time: the header's
 * switcher changes it for the session, and the API takes it from X-Organisation. They never reach an
 * organisation they are not an active member of.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class OrganisationSwitchTests {

    @LocalServerPort int port;
    @Autowired TestData testData;
    @Autowired PlanReader plans;
    @Autowired ApiTokens tokens;
    @Autowired Memberships memberships;
    @Autowired AccountDetailsService accounts;

    Organisation home;
    Organisation partner;
    String planOfHome;
    String planOfPartner;
    String username;
    long accountId;

    /** The plan owner of "home" is also a viewer in "partner". */
    @BeforeEach
    void twoOrganisations() {
        home = testData.organisation();
        partner = testData.organisation();
        planOfHome = plans.plan(home.id(), testData.plan(home, PlanStatus.ACTIVE)).title();
        planOfPartner = plans.plan(partner.id(), testData.plan(partner, PlanStatus.ACTIVE)).title();
        username = home.username(Role.PLAN_OWNER);
        accountId = testData.accountId(username);
        testData.member(partner, accountId, Role.VIEWER);
    }

    @Test
    void theSwitcherShowsOnlyForSomeoneWithMoreThanOneOrganisation() {
        String theirs = new WebSession(port).signIn(username, TestData.PASSWORD).get("/plans").body();
        String colleagues = new WebSession(port).signIn(home.username(Role.VIEWER), TestData.PASSWORD).get("/plans").body();

        assertThat(theirs).contains("action=\"/organisation/switch\"", "<label class=\"govuk-label app-switcher__label\" for=\"organisation-switcher\">Organisation</label>");
        assertThat(Html.text(theirs)).contains(home.name() + " (Plan owner)", partner.name() + " (Viewer)", "Switch");
        assertThat(theirs).containsPattern("<option value=\"" + home.id() + "\" selected=\"selected\">");
        assertThat(colleagues).doesNotContain("/organisation/switch").contains(home.name());
    }

    @Test
    void switchingScopesEveryPageToTheChosenOrganisationWithTheRoleThere() {
        WebSession session = new WebSession(port).signIn(username, TestData.PASSWORD);
        assertThat(Html.text(session.get("/plans").body())).contains(planOfHome).doesNotContain(planOfPartner);
        assertThat(session.get("/plans/new").status()).isEqualTo(200);

        WebSession.Page switched = session.post("/organisation/switch", Map.of("organisationId", Long.toString(partner.id())));
        String plansNow = Html.text(session.get("/plans").body());

        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.location()).endsWith("/plans");
        assertThat(plansNow).contains("You are now working in " + partner.name() + " as viewer", planOfPartner,
                partner.name() + " (Viewer)").doesNotContain(planOfHome);
        assertThat(session.get("/plans/new").status()).as("a viewer there").isEqualTo(403);
        assertThat(session.get("/people").status()).isEqualTo(200);

        session.post("/organisation/switch", Map.of("organisationId", Long.toString(home.id())));
        assertThat(Html.text(session.get("/plans").body())).contains(planOfHome).doesNotContain(planOfPartner);
    }

    @Test
    void anOrganisationTheyAreNotAnActiveMemberOfIsNotFoundAndNothingChanges() {
        Organisation stranger = testData.organisation();
        WebSession session = new WebSession(port).signIn(username, TestData.PASSWORD);
        memberships.deactivate(accounts.loadUserByUsername(partner.username(Role.ADMINISTRATOR)), accountId);
        session = new WebSession(port).signIn(username, TestData.PASSWORD);

        for (long organisationId : new long[] {stranger.id(), partner.id(), 999_999_999L}) {
            WebSession.Page refused = session.post("/organisation/switch", Map.of("organisationId", Long.toString(organisationId)));
            assertThat(refused.status()).as("organisation " + organisationId).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(stranger.name(), planOfPartner);
        }
        assertThat(Html.text(session.get("/plans").body())).contains(planOfHome).doesNotContain("/organisation/switch");
    }

    @Test
    void switchingNeedsTheFormsCsrfToken() {
        WebSession session = new WebSession(port).signIn(username, TestData.PASSWORD);

        WebSession.Page forged = session.post("/organisation/switch", Map.of("organisationId",
                Long.toString(partner.id()), "_csrf", "forged"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(Html.text(session.get("/plans").body())).contains(planOfHome);
    }

    @Test
    void theApiWorksInTheDefaultOrganisationUnlessXOrganisationChoosesAnother() {
        WebSession api = new WebSession(port);
        String basic = WebSession.basic(username, TestData.PASSWORD);

        String byDefault = api.send("GET", "/api/plans", null, "Authorization", basic).body();
        WebSession.Page chosen = api.send("GET", "/api/plans", null, "Authorization", basic,
                "X-Organisation", Long.toString(partner.id()));
        WebSession.Page asViewer = api.send("POST", "/api/plans", "{\"title\": \"Not as a viewer\"}", "Authorization",
                basic, "X-Organisation", Long.toString(partner.id()), "Content-Type", "application/json");
        WebSession.Page stranger = api.send("GET", "/api/plans", null, "Authorization", basic,
                "X-Organisation", Long.toString(testData.organisation().id()));
        WebSession.Page garbage = api.send("GET", "/api/plans", null, "Authorization", basic, "X-Organisation", "1 or 1=1");

        String theirs = api.send("GET", "/api/organisations", null, "Authorization", basic).body();

        assertThat(theirs).isEqualTo("[{\"id\":%d,\"name\":\"%s\",\"role\":\"PLAN_OWNER\"},{\"id\":%d,\"name\":\"%s\",\"role\":\"VIEWER\"}]"
                .formatted(home.id(), home.name(), partner.id(), partner.name()));
        assertThat(byDefault).contains(planOfHome).doesNotContain(planOfPartner);
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.body()).contains(planOfPartner).doesNotContain(planOfHome);
        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).contains("\"status\":404").doesNotContain(planOfHome);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("\"field\":\"X-Organisation\"");
    }

    @Test
    void aTokenWorksOnlyInTheOrganisationItWasCreatedIn() {
        String secret = tokens.create(accounts.loadUserByUsername(username), "Power BI", 30).secret();
        WebSession api = new WebSession(port);

        WebSession.Page own = api.send("GET", "/api/plans", null, "Authorization", "Bearer " + secret,
                "X-Organisation", Long.toString(home.id()));
        WebSession.Page other = api.send("GET", "/api/plans", null, "Authorization", "Bearer " + secret,
                "X-Organisation", Long.toString(partner.id()));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains(planOfHome);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(planOfPartner);
    }
}
