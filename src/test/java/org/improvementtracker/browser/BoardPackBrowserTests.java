package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A board member opens the board pack of the latest closed period, narrows it to the exceptions, and
 * prints it: axe finds nothing on the page, and the printed page has no menus or options form.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class BoardPackBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void viewerReadsTheBoardPackNarrowsItToTheExceptionsAndPrintsIt() {
        RatedPlans rated = new RatedPlans(beans);
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> actions = new ArrayList<>(rated.section(organisation, planId, "1", 3));
        actions.addAll(rated.section(organisation, planId, "2", 2));
        jdbc.sql("update action set description = ? where id = ?")
                .params("مراجعة الخطة 🎉 " + "Unbreakablewordwithoutanyspaces".repeat(6), actions.get(0)).update();
        rated.initial(organisation, planId, actions, 2, 3, 3, 2, null);
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 3, 2, 3, 1, 4);
        rated.closedWith(organisation, planId, RatedPlans.month(1), actions, 3, 1, 3, 1, 5);
        Page page = browser.page();

        browser.signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);
        browser.open("/plans/" + planId + "/board-pack", "board-pack");
        assertThat(page.locator("h1")).hasText("Board pack");
        assertThat(page.locator("#cover-heading")).hasText("Board pack: May 2025");
        assertThat(page.locator("#exceptions")).containsText("Rated red");
        assertThat(page.locator("#action-" + actions.get(1))).containsText("1 Not started or significantly delayed");

        page.getByLabel("Only the exceptions").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show board pack")).click();
        assertThat(page.locator("#action-" + actions.get(2))).hasCount(0);
        assertThat(page.locator("#action-" + actions.get(1))).isVisible();
        browser.check("board-pack-exceptions-only");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".govuk-service-navigation")).isHidden();
        assertThat(page.locator("#board-pack-options")).isHidden();
        assertThat(page.locator("#summary")).isVisible();
        browser.screenshot("board-pack-printed");
    }
}
