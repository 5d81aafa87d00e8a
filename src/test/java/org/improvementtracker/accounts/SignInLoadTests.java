package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * 200 wrong passwords for one account, all at once over real HTTP, on the sign-in form and the API: that
 * account is locked and told so, nobody else is, and other people's work goes on meanwhile. Their
 * response times are printed, not asserted (machines differ); {@code SignInLoadBenchmark} records them.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class SignInLoadTests {

    @Autowired
    TestData testData;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AccountDetailsService accounts;

    @LocalServerPort
    int port;

    @Test
    void twoHundredWrongPasswordsLockOnlyThatAccountAndOthersCarryOn() throws Exception {
        Organisation attacked = testData.organisation();
        Organisation elsewhere = testData.organisation();
        String owner = attacked.username(Role.PLAN_OWNER);

        SignInAttack.Outcome outcome = new SignInAttack(port).run(owner, 200, othersAtWork(attacked, elsewhere));
        System.out.println("Sign-in attack: " + outcome.summary());

        assertThat(outcome.guesses()).as("every guess refused, most without checking the password")
                .containsOnly(401, 429).contains(429);
        assertThat(outcome.othersStatuses()).as("other people's requests during the attack").isNotEmpty()
                .containsOnly(200);

        WebSession.Page api = api(owner, TestData.PASSWORD);
        assertThat(api.status()).as("the right password is refused while locked").isEqualTo(429);
        assertThat(api.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(api.body()).contains("Too many attempts: try again after");
        WebSession browser = new WebSession(port);
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("username", owner, "password", TestData.PASSWORD)).location())
                .contains("/login?error");
        assertThat(Html.text(browser.get("/login?error").body())).contains("Too many attempts: try again after");

        new WebSession(port).signIn(attacked.username(Role.VIEWER), TestData.PASSWORD);
        assertThat(api(attacked.username(Role.ADMINISTRATOR), TestData.PASSWORD).status()).isEqualTo(200);
    }

    /**
     * A colleague of the attacked account reading plans in their browser, someone of another council
     * doing the same, and a script reading the API with a personal token.
     */
    private List<Supplier<Integer>> othersAtWork(Organisation attacked, Organisation elsewhere) {
        WebSession colleague = new WebSession(port).signIn(attacked.username(Role.CONTRIBUTOR), TestData.PASSWORD);
        WebSession otherCouncil = new WebSession(port).signIn(elsewhere.username(Role.VIEWER), TestData.PASSWORD);
        String token = tokens.create(accounts.loadUserByUsername(elsewhere.username(Role.PLAN_OWNER)), "Power BI", 30)
                .secret();
        WebSession script = new WebSession(port);
        return List.of(
                () -> colleague.get("/plans").status(),
                () -> otherCouncil.get("/plans").status(),
                () -> script.send("GET", "/api/plans", null, "Accept", "application/json",
                        "Authorization", "Bearer " + token).status());
    }

    private WebSession.Page api(String username, String password) {
        return new WebSession(port).send("GET", "/api/plans", null, "Authorization", WebSession.basic(username, password),
                "Accept", "application/json");
    }
}
