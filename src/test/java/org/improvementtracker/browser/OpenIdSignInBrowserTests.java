package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestIdentityProvider;
import org.improvementtracker.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person signs in with their organisation's account (an OpenID Connect provider running in the test)
 * and lands on the home page as themselves; someone the provider knows but the service does not is told
 * whom to ask. The sign-in page offers the provider beside the password form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class OpenIdSignInBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        TestIdentityProvider.configure(registry);
    }

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonSignsInWithTheirOrganisationsAccountAndLandsOnTheHomePage() {
        Organisation organisation = testData.organisation();
        String email = "plan.owner-" + organisation.id() + "@council.example";
        jdbc.sql("update account set email = ? where username = ?")
                .params(email, organisation.username(Role.PLAN_OWNER)).update();
        TestIdentityProvider.nextSignIn(email);

        Page page = browser.open("/login", "sign-in-with-both");
        assertThat(page.getByLabel("Password")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with " + TestIdentityProvider.NAME))
                .click();

        assertThat(page.locator("h1")).hasText("Improvement plans");
        assertThat(page.locator(".govuk-service-navigation")).containsText("Plan owner of " + organisation.name());
        browser.check("home");
    }

    @Test
    void someoneWithoutAnAccountIsToldWhomToAsk() {
        String email = "stranger-" + System.nanoTime() + "@council.example";
        TestIdentityProvider.nextSignIn(email);

        Page page = browser.open("/login", "sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with " + TestIdentityProvider.NAME))
                .click();

        assertThat(page.locator(".govuk-error-summary")).containsText("There is no account for " + email);
        browser.check("no-account");
    }
}
