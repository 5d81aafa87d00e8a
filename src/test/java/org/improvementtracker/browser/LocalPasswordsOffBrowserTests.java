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

/** With Improvement Tracker passwords switched off, the sign-in page says how to sign in and offers only the provider. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "improvement-tracker.sign-in.local-passwords=false")
@Import(TestData.class)
class LocalPasswordsOffBrowserTests {

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
    void theSignInPageOffersOnlyTheProvider() {
        Organisation organisation = testData.organisation();
        String email = "viewer-" + organisation.id() + "@council.example";
        jdbc.sql("update account set email = ? where username = ?")
                .params(email, organisation.username(Role.VIEWER)).update();
        TestIdentityProvider.nextSignIn(email);

        Page page = browser.open("/login", "sign-in-provider-only");
        assertThat(page.locator("main")).containsText("Improvement Tracker passwords are switched off here");
        assertThat(page.getByLabel("Password")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with " + TestIdentityProvider.NAME))
                .click();

        assertThat(page.locator("h1")).hasText("Improvement plans");
        browser.check("home");
    }
}
