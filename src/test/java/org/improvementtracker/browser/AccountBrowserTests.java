package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** A person opens their account from the header and signs out everywhere; a locked username is told when to come back. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class AccountBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Test
    void aPersonOpensTheirAccountFromTheHeaderAndSignsOutEverywhere() {
        Organisation organisation = testData.organisation();
        Page page = browser.signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Viewer of " + organisation.name() + " (Viewer)")).click();
        assertThat(page.locator("h1")).hasText("Your account");
        browser.check("your-account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out on every device.");
        browser.check("signed-out-everywhere");

        page.navigate("/plans");
        assertThat(page.locator("h1")).hasText("Sign in to Improvement Tracker");
    }

    @Test
    void aLockedUsernameIsToldWhenToTryAgain() {
        String owner = testData.organisation().username(Role.PLAN_OWNER);
        Page page = browser.open("/login", "sign-in");

        for (int attempt = 1; attempt <= 10; attempt++) {
            page.getByLabel("Username").fill(owner);
            page.getByLabel("Password").fill("wrong password " + attempt);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.locator(".govuk-error-summary")).isVisible();
            browser.check("refused-" + attempt);
        }

        assertThat(page.locator(".govuk-error-summary")).containsText("Too many attempts: try again after");
    }
}
