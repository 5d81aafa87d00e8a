package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * An administrator invites someone, reads the link in the outbox (email is not set up), and the person
 * chooses a password and signs in; someone in two organisations switches between them with the keyboard.
 * Every page checked with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class MembersBrowserTests {

    private static final String PASSWORD = "violet lantern orchard";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    PlanReader plans;

    @Test
    void anAdministratorInvitesSomeoneWhoSetsAPasswordAndSignsIn() {
        Organisation organisation = testData.organisation();
        String email = "sam.lee." + organisation.id() + "@example.gov.uk";
        Page page = browser.signIn(organisation.username(Role.ADMINISTRATOR), TestData.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();
        assertThat(page.locator("h1")).hasText("Members");
        browser.check("members");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite someone")).click();
        assertThat(page.locator("h1")).hasText("Invite someone");
        browser.check("invite");

        page.getByLabel("Name").fill("Sam Lee");
        page.getByLabel("Email address").fill("sam lee at example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address in the correct format");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose a role");
        browser.check("invite-errors");

        page.getByLabel("Email address").fill(email);
        page.getByLabel("Contributor").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sam Lee has been invited");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sam Lee")))
                .containsText("Invited");
        browser.check("invited");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox")).click();
        assertThat(page.locator("h1")).hasText("Outbox");
        browser.check("outbox");
        page.getByText("You are invited to join " + organisation.name()).first().click();
        String message = page.locator(".govuk-details__text").first().innerText();
        List<String> links = Html.all(message, "(/invitation\\?token=[A-Za-z0-9_-]+)");
        assertThat(links).as("the link in " + message).hasSize(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("signedOut$"));
        browser.check("signed-out");
        browser.open(links.get(0), "invitation");
        assertThat(page.locator("h1")).hasText("Join " + organisation.name());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("password1234");
        page.getByLabel("Type the password again").fill("password1234");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("one of the most common passwords");
        browser.check("invitation-weak-password");

        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Type the password again").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your password is set");
        assertThat(page.getByLabel("Username")).hasValue(email);
        browser.check("password-set");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator("h1")).hasText("Improvement plans");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam Lee (Contributor)"))).isVisible();
        browser.check("signed-in");

        browser.open(links.get(0), "invitation-used");
        assertThat(page.locator("h1")).hasText("This invitation has already been used");
    }

    @Test
    void someoneInTwoOrganisationsSwitchesWithTheKeyboard() {
        Organisation home = testData.organisation();
        Organisation partner = testData.organisation();
        String planOfPartner = plans.plan(partner.id(), testData.plan(partner, PlanStatus.ACTIVE)).title();
        testData.member(partner, testData.accountId(home.username(Role.PLAN_OWNER)), Role.VIEWER);
        Page page = browser.signIn(home.username(Role.PLAN_OWNER), TestData.PASSWORD);
        Locator switcher = page.getByLabel("Organisation");
        assertThat(switcher).hasValue(String.valueOf(home.id()));

        for (int press = 0; press < 10 && !focused(page, "organisation-switcher"); press++) {
            page.keyboard().press("Tab");
        }
        assertThat(switcher).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(switcher).hasValue(String.valueOf(partner.id()));
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch"))).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator(".govuk-notification-banner")).containsText("You are now working in " + partner.name()
                + " as viewer");
        assertThat(page.getByText(planOfPartner)).isVisible();
        assertThat(page.getByLabel("Organisation")).hasValue(String.valueOf(partner.id()));
        browser.check("switched");
    }

    private static boolean focused(Page page, String id) {
        return Boolean.TRUE.equals(page.evaluate("id => document.activeElement && document.activeElement.id === id", id));
    }
}
