package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The plan's owner goes from the board pack to the committee summary, writes its introduction and sees
 * it above the generated paragraphs, then opens the exceptions report: axe finds nothing on either page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class CommitteeSummaryBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Test
    void ownerWritesTheIntroductionAndReadsTheSummaryAndTheExceptions() {
        RatedPlans rated = new RatedPlans(beans);
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = new ArrayList<>(rated.section(organisation, planId, "1", 2));
        actions.addAll(rated.section(organisation, planId, "2", 2));
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2, 3, 3, 2);
        rated.closedWith(organisation, planId, RatedPlans.month(1), actions, 3, 3, 1, 2);
        Page page = browser.page();

        browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
        browser.open("/plans/" + planId + "/board-pack", "board-pack");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("committee summary")).click();
        assertThat(page.locator("h1")).hasText("Committee summary");
        assertThat(page.locator("#cover-heading")).hasText("Committee summary: May 2025");
        assertThat(page.locator("#narrative-2")).containsText("1 priority declined since April 2025: 2. Section 2");
        browser.check("committee-summary-empty");

        page.getByLabel("Introduction for May 2025").fill("The board asked us to look at early help.\nمراجعة 🎉");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save introduction")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The introduction for May 2025 is saved.");
        assertThat(page.locator("#introduction-text")).hasText("The board asked us to look at early help.\nمراجعة 🎉");
        browser.check("committee-summary-introduced");

        browser.open("/plans/" + planId + "/exceptions-report", "exceptions-report");
        assertThat(page.locator("#cover-heading")).hasText("Exceptions report: May 2025");
        assertThat(page.locator("#exceptions")).containsText("Declined from 3 On track to 1 Not started");
    }
}
