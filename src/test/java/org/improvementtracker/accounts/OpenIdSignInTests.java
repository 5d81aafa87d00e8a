package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestIdentityProvider;
import org.improvementtracker.TestIdentityProvider.Visit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the organisation's identity provider: the provider's user becomes the account with the
 * same email, or is turned away with a page saying why and whom to ask. Passwords still work beside it.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, OpenIdSignInTests.SignIns.class})
class OpenIdSignInTests {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider.configure(registry);
    }

    /** What an audit listener would hear: Spring Security's success event for each sign-in. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignIns {

        final List<AuthenticationSuccessEvent> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void signedIn(AuthenticationSuccessEvent event) {
            heard.add(event);
        }
    }

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignIns signIns;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    @Test
    void theProvidersUserSignsInAsTheAccountWithTheSameEmailInAnyCase() throws Exception {
        Organisation organisation = testData.organisation();
        String owner = organisation.username(Role.PLAN_OWNER);
        String email = "Ann.Owner-" + organisation.id() + "@Council.Example";
        giveEmail(owner, email);
        TestIdentityProvider.nextSignIn(email.toLowerCase());

        Visit visit = new Visit(port);
        HttpResponse<String> landed = visit.signInWithProvider();

        assertThat(landed.uri().getPath()).isEqualTo("/plans");
        assertThat(Html.text(landed.body())).contains("Plan owner of " + organisation.name(), "Sign out");
        assertThat(visit.get("/account").body()).contains(owner);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(owner)
                .query(Long.class).single()).as("the session is in the database, under the username").isEqualTo(1);
        assertThat(signIns.heard).anySatisfy(event -> assertThat(event.getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(SignedInUser.class, user -> {
                    assertThat(user.username()).isEqualTo(owner);
                    assertThat(user.organisationId()).isEqualTo(organisation.id());
                    assertThat(user.passwordHash()).isNull();
                }));
    }

    @Test
    void signingOutEverywhereEndsASessionFromTheProvider() throws Exception {
        Organisation organisation = testData.organisation();
        String viewer = organisation.username(Role.VIEWER);
        giveEmail(viewer, "viewer-" + organisation.id() + "@council.example");
        TestIdentityProvider.nextSignIn("viewer-" + organisation.id() + "@council.example");
        Visit visit = new Visit(port);
        visit.signInWithProvider();

        assertThat(accounts.endSessionsOf(viewer)).isEqualTo(1);

        assertThat(visit.get("/plans").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anEmailWithNoAccountIsToldToAskTheAdministratorAndNoAccountIsCreated() throws Exception {
        String email = "stranger-" + System.nanoTime() + "@council.example";
        TestIdentityProvider.nextSignIn(email);

        HttpResponse<String> page = new Visit(port).signInWithProvider();

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(Html.text(page.body())).contains("There is a problem",
                "There is no account for " + email + " in Improvement Tracker. Ask your administrator to add you.");
        assertThat(jdbc.sql("select count(*) from account where lower(email) = ?").param(email).query(Long.class)
                .single()).isZero();
        assertThat(new Visit(port).get("/plans").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        Organisation organisation = testData.organisation();
        String email = "unverified-" + organisation.id() + "@council.example";
        giveEmail(organisation.username(Role.ADMINISTRATOR), email);
        TestIdentityProvider.nextSignIn(Map.of("email", email, "email_verified", false));

        HttpResponse<String> page = new Visit(port).signInWithProvider();

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(Html.text(page.body())).contains("has not verified your email address " + email);
    }

    @Test
    void noEmailClaimIsRefused() throws Exception {
        TestIdentityProvider.nextSignIn(Map.of("preferred_username", "someone"));

        HttpResponse<String> page = new Visit(port).signInWithProvider();

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(Html.text(page.body())).contains("did not give your email address");
    }

    @Test
    void aDeactivatedAccountIsRefused() throws Exception {
        Organisation organisation = testData.organisation();
        String contributor = organisation.username(Role.CONTRIBUTOR);
        String email = "gone-" + organisation.id() + "@council.example";
        giveEmail(contributor, email);
        jdbc.sql("update account set enabled = false where username = ?").param(contributor).update();
        TestIdentityProvider.nextSignIn(email);

        HttpResponse<String> page = new Visit(port).signInWithProvider();

        assertThat(page.uri().getPath()).isEqualTo("/login");
        assertThat(Html.text(page.body())).contains("The account for " + email + " has been deactivated");
        assertThat(signIns.heard).noneSatisfy(event -> assertThat(event.getAuthentication().getName())
                .isEqualTo(contributor));
        assertThat(jdbc.sql("""
                select after_json from audit_entry where organisation_id = ? and action = 'SIGN_IN_FAILURE'""")
                .param(organisation.id()).query(String.class).list())
                .singleElement().asString().contains(email, "identity provider", "DEACTIVATED");
    }

    @Test
    void theSignInPageOffersTheProviderBesideThePasswordForm() throws Exception {
        String page = new Visit(port).get("/login").body();

        assertThat(Html.text(page)).contains("Sign in with " + TestIdentityProvider.NAME,
                "Sign in with a username and password");
        assertThat(page).contains("href=\"/oauth2/authorization/" + TestIdentityProvider.REGISTRATION + "\"",
                "name=\"password\"");
    }

    private void giveEmail(String username, String email) {
        jdbc.sql("update account set email = ? where username = ?").params(email, username).update();
    }
}
