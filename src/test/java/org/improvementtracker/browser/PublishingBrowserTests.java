package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.improvementtracker.reports.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5's proof: the owner closes a period, publishes its board pack from the offer that follows, and
 * downloads every format the published list offers; a viewer reads the timeline and prints it. Axe checks
 * every page on the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class PublishingBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void ownerClosesAPeriodPublishesItsPackAndDownloadsEachFormat() throws IOException {
        RatedPlans rated = new RatedPlans(beans);
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = rated.section(organisation, planId, "1", 3);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        rated.submit(organisation, april, actions, 3, 1, 2);
        Page page = browser.page();

        browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
        browser.open("/plans/" + planId + "/periods", "periods");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close April 2025")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("April 2025 is closed");
        browser.check("period-closed-with-offer");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the board pack for April 2025"))
                .click();
        assertThat(page.locator("h1")).hasText("Publish the board pack for April 2025");
        browser.check("publish-form");
        page.getByLabel("Include completed actions").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish board pack")).click();
        assertThat(page.locator("h1")).hasText("Published board packs");
        assertThat(page.locator(".govuk-notification-banner")).containsText("The board pack for April 2025 is published");
        browser.check("published");

        Locator downloads = page.locator("#packs a[data-format]");
        assertThat(downloads).not().hasCount(0);
        List<String> formats = downloads.all().stream().map(link -> link.getAttribute("data-format")).toList();
        for (String format : formats) {
            Locator link = page.locator("#packs a[data-format=\"" + format + "\"]");
            Download download = page.waitForDownload(link::click);
            assertThat(download.suggestedFilename()).isEqualTo("board-pack-april-2025." + format);
            assertThat(Files.size(download.path())).as(format).isPositive();
            APIResponse response = page.request().get(link.getAttribute("href"));
            assertThat(response.headers().get("content-type")).as(format)
                    .isEqualToIgnoringCase(ReportFormat.parse(format).mediaType());
            assertThat(response.body()).isEqualTo(Files.readAllBytes(download.path()));
        }
    }

    @Test
    void viewerReadsTheTimelineAndPrintsIt() {
        RatedPlans rated = new RatedPlans(beans);
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = rated.section(organisation, planId, "1", 3);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 2; i++) {
            jdbc.sql("update action set due_date = ?, timescale_text = ? where id = ?")
                    .params(today.plusMonths(i * 3L - 2), "By the spring", actions.get(i)).update();
        }
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2, 3, 3);
        Page page = browser.page();

        browser.signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);
        browser.open("/plans/" + planId, "plan");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline")).click();
        assertThat(page.locator("h1")).hasText("Timeline");
        browser.check("timeline");
        assertThat(page.locator("#timeline-action-" + actions.get(0))).containsText("Overdue");
        assertThat(page.locator("#undated-action-" + actions.get(2))).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".govuk-service-navigation")).isHidden();
        assertThat(page.locator(".govuk-breadcrumbs")).isHidden();
        assertThat(page.locator("#timeline")).isVisible();
        assertThat(page.locator("#legend")).isVisible();
        browser.screenshot("timeline-printed");
    }
}
