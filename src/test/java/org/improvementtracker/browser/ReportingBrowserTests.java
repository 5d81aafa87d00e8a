package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

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
 * The reporting cycle's pages in a real browser, each checked with axe (WCAG 2.2 AA): the owner adds,
 * opens and later closes a period and records initial ratings; the lead writes and submits an update;
 * the owner returns it, then approves the resubmitted one with another rating, closes the period and
 * sees the new scores on the dashboard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class ReportingBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Autowired
    ApplicationContext context;

    CycleFixture fixture;
    Cycle cycle;
    Page page;

    @BeforeEach
    void setUp() {
        fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        page = browser.page();
    }

    @Test
    void aMonthOfReportingInTheBrowser() {
        String plan = "/plans/" + cycle.planId();
        signIn(Role.PLAN_OWNER);

        browser.open(plan + "/periods", "periods-empty");
        click(AriaRole.BUTTON, "Add a period");
        assertThat(heading()).hasText("Add a reporting period");
        browser.check("add-period");
        page.getByLabel("Label").fill("May 2026");
        page.getByLabel("Start date").fill(UK.format(fixture.today().minusDays(20)));
        page.getByLabel("End date").fill(UK.format(fixture.today().minusDays(1)));
        page.getByLabel("Deadline for updates").fill("31/2/2026");
        click(AriaRole.BUTTON, "Save period");
        assertThat(page.locator(".govuk-error-summary")).containsText("Deadline must be a real date");
        browser.check("add-period-with-errors");
        page.getByLabel("Deadline for updates").fill(UK.format(fixture.today().plusDays(5)));
        click(AriaRole.BUTTON, "Save period");
        assertThat(banner()).containsText("Period May 2026 added.");
        browser.check("period-added");
        click(AriaRole.BUTTON, "Open May 2026");
        assertThat(banner()).containsText("May 2026 is open");
        browser.check("period-open");

        browser.open(plan + "/initial-ratings", "initial-ratings");
        page.getByLabel("Initial rating of action 1.1").selectOption("2");
        click(AriaRole.BUTTON, "Save initial ratings");
        assertThat(banner()).containsText("Initial ratings saved: 1 action changed.");
        browser.check("initial-ratings-saved");

        // The lead writes and submits the update.
        switchTo(Role.CONTRIBUTOR);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My actions")).click();
        assertThat(heading()).hasText("My actions");
        assertThat(page.locator("main")).containsText("5 days to go");
        browser.check("my-actions");
        click(AriaRole.LINK, "Write your update on action 1.1");
        assertThat(heading()).hasText("Action 1.1");
        browser.check("update-form");
        page.getByLabel("Progress update").fill("Thresholds drafted with partners");
        click(AriaRole.BUTTON, "Submit for approval");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("Choose a rating before submitting");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        browser.check("update-with-errors");
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Choose a rating before submitting"))
                .click();
        assertThat(page.getByLabel("1 Not started or significantly delayed")).isFocused();
        page.getByLabel("2 Started, some delay").check();
        click(AriaRole.BUTTON, "Submit for approval");
        assertThat(banner()).containsText("has been submitted for approval");
        browser.check("update-submitted");

        // The owner returns it with a comment.
        switchTo(Role.PLAN_OWNER);
        browser.open(plan + "/periods", "periods-open");
        click(AriaRole.LINK, "Responses for May 2026");
        assertThat(heading()).hasText("Responses");
        assertThat(page.locator("#submitted")).containsText("1 of 2 actions (50%)");
        browser.check("responses");
        click(AriaRole.LINK, "Moderate the update on action 1.1");
        assertThat(heading()).hasText("Action 1.1");
        browser.check("moderate");
        page.getByLabel("What should the lead change?").fill("Please add the evidence of impact");
        click(AriaRole.BUTTON, "Return to lead");
        assertThat(banner()).containsText("returned to");
        browser.check("responses-after-return");
        click(AriaRole.LINK, "Returned for changes (1)");
        assertThat(page.locator("#responses")).containsText("1.1");
        assertThat(page.locator("#responses")).not().containsText("1.2");
        browser.check("responses-returned-only");

        // The lead resubmits with evidence.
        switchTo(Role.CONTRIBUTOR);
        browser.open(plan + "/actions/" + cycle.actionId() + "/updates/"
                + fixture.periodIdOf(cycle, "May 2026"), "update-returned");
        assertThat(page.locator("#returned")).containsText("Please add the evidence of impact");
        page.getByLabel("Evidence of impact").fill("Re-referrals down from 24% to 19%");
        click(AriaRole.BUTTON, "Submit for approval");
        assertThat(banner()).containsText("has been submitted for approval");
        browser.check("update-resubmitted");

        // The owner approves with another rating and says why, then closes the period.
        switchTo(Role.PLAN_OWNER);
        browser.open(plan + "/periods/" + fixture.periodIdOf(cycle, "May 2026") + "/responses", "responses-again");
        click(AriaRole.LINK, "Moderate the update on action 1.1");
        assertThat(heading()).hasText("Action 1.1");
        browser.check("moderate-again");
        page.getByLabel("3 On track").check();
        click(AriaRole.BUTTON, "Approve");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter why you are changing the proposed rating");
        browser.check("approve-without-reason");
        page.getByLabel("3 On track").check();
        page.getByLabel("Reason for changing the rating").fill("The May audit shows the thresholds are applied");
        click(AriaRole.BUTTON, "Approve");
        assertThat(banner()).containsText("approved with the rating 3 On track instead of 2 Started, some delay");
        browser.check("approved");

        browser.open(plan + "/periods", "periods-to-close");
        click(AriaRole.BUTTON, "Close May 2026");
        assertThat(banner()).containsText("May 2026 is closed");
        browser.check("closed");

        // The dashboard scores the closed month: 1.1 moved from its initial 2 to the approved 3; 1.2 was never rated.
        browser.open(plan + "/dashboard?period=" + fixture.periodIdOf(cycle, "May 2026"), "dashboard-after-close");
        Locator whole = page.locator("#summary-plan");
        assertThat(whole).containsText("2.0");
        assertThat(whole).containsText("3.0");
        assertThat(whole).containsText("Improved");

        browser.open(plan + "/periods", "periods-closed");
        click(AriaRole.LINK, "Reopen May 2026");
        assertThat(heading()).hasText("Reopen May 2026");
        browser.check("reopen");
        page.getByLabel("Why are you reopening it?").fill("The MASH update arrived late");
        click(AriaRole.BUTTON, "Reopen period");
        assertThat(banner()).containsText("May 2026 is open again");
        browser.check("reopened");
        click(AriaRole.LINK, "State changes of May 2026");
        assertThat(page.locator("#events")).containsText("The MASH update arrived late");
        browser.check("state-changes");
    }

    @Test
    void aLeadWithNothingOpenIsToldSo() {
        signIn(Role.CONTRIBUTOR);
        browser.open("/my-actions", "my-actions-nothing-open");
        assertThat(page.locator("main")).containsText("No reporting period is open for this plan");

        switchTo(Role.VIEWER);
        browser.open("/my-actions", "my-actions-not-linked");
        assertThat(page.locator("#not-linked")).containsText("Your account is not linked to anyone");
    }

    private void signIn(Role role) {
        browser.signIn(cycle.username(role), TestData.PASSWORD);
    }

    private void switchTo(Role role) {
        click(AriaRole.BUTTON, "Sign out");
        assertThat(heading()).hasText("Sign in to Improvement Tracker");
        browser.check("signed-out");
        signIn(role);
    }

    private void click(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private Locator heading() {
        return page.locator("h1");
    }

    private Locator banner() {
        return page.locator(".govuk-notification-banner--success");
    }
}
