package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A plan owner reads an action's trail from the action page and the plan's from the plan page; an
 * administrator filters the organisation's trail with the keyboard alone. axe checks every page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class AuditBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Test
    void aPlanOwnerReadsWhatChangedOnAnActionAndItsPlan() {
        Organisation organisation = testData.organisation();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        Page page = browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);

        browser.open("/plans/" + plan.planId() + "/actions/" + plan.actionId(), "action");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail of this action")).click();
        assertThat(page.locator("h1")).hasText("Audit trail of action 1.1 i)");
        assertThat(page.locator("#main-content")).containsText("Created action");
        assertThat(page.locator("#main-content")).containsText("Review the MASH");
        browser.check("action-trail");

        browser.open("/plans/" + plan.planId(), "plan");
        page.locator("#audit-link").click();
        assertThat(page.locator("#main-content")).containsText("Created section");
        browser.check("plan-trail");
    }

    @Test
    void anAdministratorFiltersTheTrailWithTheKeyboard() {
        Organisation organisation = testData.organisation();
        testData.smallPlan(organisation, PlanStatus.ACTIVE);
        Page page = browser.signIn(organisation.username(Role.ADMINISTRATOR), TestData.PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();
        assertThat(page.locator("h1")).hasText("Audit trail");
        browser.check("organisation-trail");

        page.getByLabel("What was changed").selectOption("Outcome");
        page.getByLabel("From").focus();
        page.keyboard().type("not a date");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the from date as a date");
        assertThat(page.getByLabel("From")).hasValue("not a date");
        browser.check("filter-problem");

        page.getByLabel("From").fill("1/1/2001");
        page.getByLabel("From").press("Enter");
        assertThat(page.locator("#main-content")).containsText("Created outcome 1.1");
        assertThat(page.locator("#main-content")).not().containsText("Created section");
        browser.check("filtered");
    }
}
