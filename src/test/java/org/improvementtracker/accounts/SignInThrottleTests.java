package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Repeated wrong passwords lock that username for a while, on the sign-in page and the API alike. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, SignInThrottleTests.Clocks.class})
class SignInThrottleTests {

    private static final DateTimeFormatter LONDON_TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    @TestConfiguration
    static class Clocks {

        @Bean
        @Primary
        SteppedClock steppedClock() {
            // 10:00 in London (GMT in December)
            return new SteppedClock(ZoneId.of("Europe/London"), Instant.parse("2026-12-03T10:00:00Z"));
        }
    }

    @Autowired
    TestData testData;

    @Autowired
    SteppedClock clock;

    @LocalServerPort
    int port;

    @Test
    void elevenWrongPasswordsLockTheAccountUntilTheLockoutEndsAndOtherAccountsStillSignIn() {
        Organisation organisation = testData.organisation();
        String owner = organisation.username(Role.PLAN_OWNER);
        String viewer = organisation.username(Role.VIEWER);
        WebSession browser = new WebSession(port);

        for (int attempt = 1; attempt <= 9; attempt++) {
            assertThat(problemAfterSigningIn(browser, owner, "wrong password " + attempt))
                    .as("attempt " + attempt).contains("The username or password is not right");
            clock.step(Duration.ofSeconds(30));
        }
        String until = LONDON_TIME.format(clock.instant().plus(Duration.ofMinutes(15)));
        String afterTenth = problemAfterSigningIn(browser, owner, "wrong password 10");
        clock.step(Duration.ofSeconds(30));
        String afterEleventh = problemAfterSigningIn(browser, owner, "wrong password 11");
        String rightButLocked = problemAfterSigningIn(browser, owner, TestData.PASSWORD);

        assertThat(afterTenth).contains("Too many attempts: try again after " + until)
                .doesNotContain("The username or password is not right");
        assertThat(afterEleventh).contains("Too many attempts: try again after " + until);
        assertThat(rightButLocked).as("the right password is refused while locked")
                .contains("Too many attempts: try again after " + until);
        new WebSession(port).signIn(viewer, TestData.PASSWORD);

        clock.step(Duration.ofMinutes(14));
        assertThat(problemAfterSigningIn(new WebSession(port), owner, TestData.PASSWORD)).as("still locked 30s before the end")
                .contains("Too many attempts");
        clock.step(Duration.ofMinutes(1));
        WebSession signedIn = new WebSession(port).signIn(owner, TestData.PASSWORD);
        assertThat(signedIn.get("/plans").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameIsLockedInTheSameWordsSoNobodyLearnsWhichUsernamesExist() {
        String nobody = "nobody-" + System.nanoTime();
        WebSession browser = new WebSession(port);

        String first = problemAfterSigningIn(browser, nobody, "a guess");
        for (int attempt = 2; attempt <= 10; attempt++) {
            problemAfterSigningIn(browser, nobody, "guess " + attempt);
        }
        String locked = problemAfterSigningIn(browser, nobody, "guess 11");

        assertThat(first).contains("The username or password is not right");
        assertThat(locked).contains("Too many attempts: try again after");
    }

    @Test
    void theApiRefusesALockedUsernameWithTooManyRequestsAndCountsItsFailuresToo() {
        Organisation organisation = testData.organisation();
        String owner = organisation.username(Role.PLAN_OWNER);
        WebSession client = new WebSession(port);

        for (int attempt = 1; attempt <= 9; attempt++) {
            assertThat(api(client, owner, "wrong " + attempt).status()).isEqualTo(401);
        }
        problemAfterSigningIn(new WebSession(port), owner, "the tenth, on the sign-in page");
        WebSession.Page locked = api(client, owner, TestData.PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
        assertThat(locked.body()).contains("Too many attempts: try again after");
        assertThat(api(client, organisation.username(Role.VIEWER), TestData.PASSWORD).status()).isEqualTo(200);

        clock.step(Duration.ofMinutes(16));
        assertThat(api(client, owner, TestData.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInForgivesEarlierMistakes() {
        Organisation organisation = testData.organisation();
        String owner = organisation.username(Role.PLAN_OWNER);
        WebSession browser = new WebSession(port);
        for (int attempt = 1; attempt <= 9; attempt++) {
            problemAfterSigningIn(browser, owner, "wrong " + attempt);
        }

        new WebSession(port).signIn(owner, TestData.PASSWORD);

        assertThat(problemAfterSigningIn(browser, owner, "one more slip")).contains("The username or password is not right");
    }

    /** Posts the sign-in form; returns the text of the sign-in page it leads back to. */
    private String problemAfterSigningIn(WebSession browser, String username, String password) {
        browser.get("/login");
        WebSession.Page result = browser.post("/login", Map.of("username", username, "password", password));
        assertThat(result.status()).isEqualTo(302);
        assertThat(result.location()).as("refused").contains("/login?error");
        return Html.text(browser.get("/login?error").body());
    }

    private static WebSession.Page api(WebSession client, String username, String password) {
        return client.send("GET", "/api/plans", null, "Authorization", WebSession.basic(username, password),
                "Accept", "application/json");
    }
}
