package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestIdentityProvider;
import org.improvementtracker.TestIdentityProvider.Visit;
import org.improvementtracker.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A council that signs everyone in through its identity provider switches Improvement Tracker passwords
 * off: the sign-in form and HTTP Basic no longer open anything, even with the right password; personal
 * API tokens still work, because scripts cannot use the identity provider.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "improvement-tracker.sign-in.local-passwords=false")
@AutoConfigureMockMvc
@Import(TestData.class)
class LocalPasswordsOffTests {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider.configure(registry);
    }

    @Autowired
    TestData testData;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void theSignInPageOffersOnlyTheProviderAndSaysPasswordsAreOff() {
        WebSession.Page page = new WebSession(port).get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(Html.text(page.body())).contains("Sign in with " + TestIdentityProvider.NAME,
                "Improvement Tracker passwords are switched off here");
        assertThat(page.body()).doesNotContain("name=\"password\"", "name=\"username\"");
    }

    /** With a valid CSRF token, so that it is the missing password sign-in that refuses, not CSRF protection. */
    @Test
    void theRightPasswordOnTheSignInFormDoesNotSignIn() throws Exception {
        Organisation organisation = testData.organisation();

        MvcResult posted = mvc.perform(post("/login").with(csrf())
                        .param("username", organisation.username(Role.PLAN_OWNER)).param("password", TestData.PASSWORD))
                .andExpect(unauthenticated())
                .andReturn();

        assertThat(posted.getResponse().getRedirectedUrl()).as("not on to the home page").isNull();
        assertThat(posted.getResponse().getStatus()).isEqualTo(405);
    }

    @Test
    void httpBasicIsRefusedEvenWithTheRightPasswordButApiTokensWork() {
        Organisation organisation = testData.organisation();
        String owner = organisation.username(Role.PLAN_OWNER);
        String token = tokens.create(accounts.loadUserByUsername(owner), "Power BI", 30).secret();
        WebSession client = new WebSession(port);

        WebSession.Page basic = client.send("GET", "/api/plans", null, "Accept", "application/json",
                "Authorization", WebSession.basic(owner, TestData.PASSWORD));
        WebSession.Page bearer = client.send("GET", "/api/plans", null, "Accept", "application/json",
                "Authorization", "Bearer " + token);

        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.headers().allValues("WWW-Authenticate")).noneMatch(challenge -> challenge.startsWith("Basic"));
        assertThat(basic.body()).contains("personal API token").doesNotContain("HTTP Basic");
        assertThat(bearer.status()).isEqualTo(200);
    }

    @Test
    void peopleStillSignInWithTheProvider() throws Exception {
        Organisation organisation = testData.organisation();
        String email = "provider-only-" + organisation.id() + "@council.example";
        jdbc.sql("update account set email = ? where username = ?")
                .params(email, organisation.username(Role.VIEWER)).update();
        TestIdentityProvider.nextSignIn(email);

        HttpResponse<String> landed = new Visit(port).signInWithProvider();

        assertThat(landed.uri().getPath()).isEqualTo("/plans");
        assertThat(Html.text(landed.body())).contains("Viewer of " + organisation.name());
    }
}
