package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.improvementtracker.support.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in the database with a 30-minute timeout and a cookie scripts cannot read; a person can
 * end all their sessions at once, and deactivating an account ends its sessions at once.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class SessionTests {

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Memberships memberships;

    @Autowired
    AccountDetailsService accountDetails;

    @LocalServerPort
    int port;

    @Test
    void aSignedInSessionIsKeptInTheDatabaseWithAThirtyMinuteTimeout() {
        String owner = testData.organisation().username(Role.PLAN_OWNER);

        new WebSession(port).signIn(owner, TestData.PASSWORD);

        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?").param(owner)
                .query(Integer.class).list()).containsExactly(30 * 60);
        String hash = jdbc.sql("select password_hash from account where username = ?").param(owner).query(String.class).single();
        List<byte[]> stored = jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?""")
                .param(owner).query(byte[].class).list();
        assertThat(stored).isNotEmpty().allSatisfy(bytes ->
                assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(hash));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyWhenTheRequestCameOverHttps() {
        WebSession overHttp = new WebSession(port);
        WebSession behindHttpsProxy = new WebSession(port);

        WebSession.Page plain = overHttp.send("GET", "/login", null);
        WebSession.Page proxied = behindHttpsProxy.send("GET", "/login", null, "X-Forwarded-Proto", "https");

        String plainCookie = sessionCookie(plain);
        String proxiedCookie = sessionCookie(proxied);
        assertThat(plainCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
        assertThat(proxiedCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Secure");
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverHttps() {
        WebSession.Page plain = new WebSession(port).send("GET", "/login", null);
        WebSession.Page proxied = new WebSession(port).send("GET", "/login", null, "X-Forwarded-Proto", "https");
        WebSession.Page spoofedHttp = new WebSession(port).send("GET", "/login", null, "X-Forwarded-Proto", "http");

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(spoofedHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThatPersonAndNoOneElses() {
        Organisation organisation = testData.organisation();
        String owner = organisation.username(Role.PLAN_OWNER);
        WebSession laptop = new WebSession(port).signIn(owner, TestData.PASSWORD);
        WebSession phone = new WebSession(port).signIn(owner, TestData.PASSWORD);
        WebSession colleague = new WebSession(port).signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);

        WebSession.Page account = laptop.get("/account");
        WebSession.Page signedOut = laptop.post("/account/sign-out-everywhere", Map.of());

        assertThat(Html.text(account.body())).contains("Your account", owner, organisation.name(), "Sign out everywhere");
        assertThat(account.body()).as("the header links to the account page").contains("href=\"/account\"");
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).endsWith("/login?signedOutEverywhere");
        assertThat(Html.text(laptop.get("/login?signedOutEverywhere").body())).contains("You have signed out on every device");
        for (WebSession ended : List.of(laptop, phone)) {
            WebSession.Page page = ended.get("/plans");
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.location()).endsWith("/login");
        }
        assertThat(colleague.get("/plans").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(owner)
                .query(Long.class).single()).isZero();
    }

    @Test
    void signingOutEverywhereNeedsTheFormsCsrfToken() {
        String owner = testData.organisation().username(Role.PLAN_OWNER);
        WebSession browser = new WebSession(port).signIn(owner, TestData.PASSWORD);

        WebSession.Page forged = browser.post("/account/sign-out-everywhere", Map.of("_csrf", "forged"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(browser.get("/plans").status()).isEqualTo(200);
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAtOnceAndItCannotSignInAgain() {
        Organisation organisation = testData.organisation();
        String contributor = organisation.username(Role.CONTRIBUTOR);
        WebSession browser = new WebSession(port).signIn(contributor, TestData.PASSWORD);
        WebSession colleague = new WebSession(port).signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);
        long accountId = accountDetails.loadUserByUsername(contributor).accountId();

        memberships.deactivate(accountDetails.loadUserByUsername(organisation.username(Role.ADMINISTRATOR)), accountId);

        WebSession.Page next = browser.get("/plans");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/login");
        assertThatThrownBy(() -> new WebSession(port).signIn(contributor, TestData.PASSWORD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Could not sign in");
        assertThat(colleague.get("/plans").status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationCannotDeactivateAnAccount() {
        Organisation organisation = testData.organisation();
        Organisation other = testData.organisation();
        String contributor = organisation.username(Role.CONTRIBUTOR);
        WebSession browser = new WebSession(port).signIn(contributor, TestData.PASSWORD);
        long accountId = accountDetails.loadUserByUsername(contributor).accountId();

        SignedInUser otherAdministrator = accountDetails.loadUserByUsername(other.username(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> memberships.deactivate(otherAdministrator, accountId)).isInstanceOf(NotFoundException.class);

        assertThat(browser.get("/plans").status()).isEqualTo(200);
        assertThat(accountDetails.loadUserByUsername(contributor).isEnabled()).isTrue();
    }

    private static String sessionCookie(WebSession.Page page) {
        return page.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("No session cookie in " + page.headers().map()));
    }
}
