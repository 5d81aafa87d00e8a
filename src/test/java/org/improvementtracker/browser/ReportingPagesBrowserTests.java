package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A board member reads the dashboard, picks an earlier period, and follows an action into its
 * history and the rating key; every page is screenshot and checked with axe (WCAG 2.2 AA).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class ReportingPagesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    RatedPlans rated;

    @Autowired
    PlanReader reader;

    @BeforeEach
    void ratedPlans() {
        rated = new RatedPlans(beans);
    }

    @Test
    void viewerReadsTheDashboardChoosesAPeriodAndFollowsAnActionIntoItsHistory() {
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = new ArrayList<>(rated.section(organisation, planId, "1", 4));
        actions.addAll(rated.section(organisation, planId, "2", 3));
        rated.initial(organisation, planId, actions, 1, 1, 2, 2, 1, 2, null);
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2, 2, 3, 3, 2, 2, 4);
        Period may = rated.open(organisation, planId, RatedPlans.month(1));
        rated.submit(organisation, may, actions, 3, 1, 3, null, 2, 3, 5);
        ProgressUpdate returned = rated.returned(organisation, may, actions.get(3), 3);
        rated.submit(organisation, may, returned.actionId(), 3, "Resubmitted with the audit results");
        String title = reader.plan(organisation.id(), planId).title();
        Page page = browser.page();

        browser.signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        browser.check("plan-overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();
        assertThat(page.locator("h1")).hasText("Dashboard");
        assertThat(page.locator("#period-heading")).hasText("May 2025");
        assertThat(page.locator("#summary-plan")).containsText("Whole plan");
        browser.check("dashboard-live-period");

        page.getByLabel("Reporting period").selectOption(new SelectOption().setLabel("April 2025 (closed)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show this period")).click();
        assertThat(page.locator("#period-heading")).hasText("April 2025");
        browser.check("dashboard-april");

        page.navigate("/plans/" + planId + "/dashboard");
        assertThat(page.locator("#period-heading")).hasText("May 2025");
        browser.check("dashboard-again");
        page.getByText("1 action completed and removed from the main table").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2.3").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Ratings and updates");
        assertThat(page.locator("#ratings")).containsText("5 Complete and sustained");
        browser.check("history-of-a-removed-action");

        page.navigate("/plans/" + planId + "/actions/" + actions.get(3) + "/history");
        assertThat(page.locator("#events")).containsText("Returned for changes");
        browser.check("history-returned-and-resubmitted");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What each rating means")).click();
        assertThat(page.locator("h1")).hasText("Rating key");
        browser.check("rating-key");

        long empty = testData.plan(organisation, PlanStatus.DRAFT);
        page.navigate("/plans/" + empty + "/dashboard");
        assertThat(page.locator("#no-periods")).containsText("no reporting periods yet");
        assertThat(page).hasURL(Pattern.compile("/plans/" + empty + "/dashboard$"));
        browser.check("dashboard-without-periods");
    }
}
