package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.reporting.CycleFixture;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Partner access in a real browser, each page checked with axe (WCAG 2.2 AA): the administrator limits a
 * contributor to one of the two actions they lead; the contributor is then refused the other action's
 * update form with a page that says why, and writes and submits the update of the one named for them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class PartnerBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ApplicationContext context;

    Cycle cycle;
    long periodId;
    Page page;

    @BeforeEach
    void setUp() {
        CycleFixture fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        periodId = fixture.openPeriod(cycle, "May 2026", 5);
        page = browser.page();
    }

    @Test
    void aContributorLimitedToOneActionUpdatesItAndIsRefusedTheOther() {
        browser.signIn(cycle.username(Role.ADMINISTRATOR), TestData.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partner access")).click();
        assertThat(heading()).hasText("Partner access");
        browser.check("partners");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Limit to named actions")).click();
        assertThat(heading()).hasText("Actions for Contributor of " + cycle.organisation().name());
        assertThat(banner()).containsText("is now limited to named actions");
        browser.check("partner-actions");
        page.getByLabel("1.2 Action 2 of the front door").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save actions")).click();
        assertThat(banner()).containsText("may now see and update 1 action.");
        assertThat(page.locator("main")).containsText("Limited to 1 action");
        browser.check("partners-after-choosing");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(heading()).hasText("Sign in to Improvement Tracker");
        browser.check("signed-out");
        page.getByLabel("Username").fill(cycle.username(Role.CONTRIBUTOR));
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(heading()).hasText("My actions");
        assertThat(page.locator("main")).containsText("Action 2 of the front door");
        assertThat(page.locator("main")).not().containsText("Action 1 of the front door");
        browser.check("partner-my-actions");

        browser.open("/plans/" + cycle.planId() + "/actions/" + cycle.actionId() + "/updates/" + periodId, "refused");
        assertThat(heading()).hasText("You cannot do that");
        assertThat(page.locator("main")).containsText("Your access is limited to named actions");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your actions")).click();
        assertThat(heading()).hasText("My actions");
        browser.check("back-to-my-actions");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write your update on action 1.2")).click();
        assertThat(heading()).hasText("Action 1.2");
        browser.check("named-update-form");
        page.getByLabel("3 On track").check();
        page.getByLabel("Progress update").fill("Joint triage with the police runs every morning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        assertThat(banner()).containsText("has been submitted for approval");
        browser.check("named-update-submitted");
    }

    private Locator heading() {
        return page.locator("h1");
    }

    private Locator banner() {
        return page.locator(".govuk-notification-banner--success");
    }
}
