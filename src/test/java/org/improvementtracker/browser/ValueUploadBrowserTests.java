package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

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

/** A plan owner uploads a CSV of values with a bad row, sees it named, fixes it and saves; every page checked with axe. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class ValueUploadBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    PlanReader reader;

    @Test
    void aBadRowIsNamedThenTheFixedFileIsSaved() {
        Organisation organisation = testData.organisation();
        long planId = testData.plan(organisation, PlanStatus.ACTIVE);
        testData.indicator(organisation, planId, null, "FD1");
        String title = reader.plan(organisation.id(), planId).title();
        Page page = browser.page();

        browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        browser.check("plan-overview");
        page.locator("#upload-values-link").click();
        assertThat(page.locator("h1")).hasText("Upload indicator values");
        browser.check("upload");

        page.locator("#file").setInputFiles(csv("""
                indicator code,month,value,note
                FD1,2026-05,82.5,
                FD1,2026-06,120,
                """));
        page.locator("#preview-upload").click();
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Row 3, column ‘value’: A percentage must be between 0 and 100 (you entered ‘120’)");
        assertThat(page.locator("#save-upload")).hasCount(0);
        browser.check("upload-with-problems");

        page.locator("#file").setInputFiles(csv("""
                indicator code,month,value,note
                FD1,2026-05,82.5,
                FD1,2026-06,84,Agency’s returns were late
                """));
        page.locator("#preview-upload").click();
        assertThat(page.locator("#upload-rows caption")).hasText("2 values to save");
        browser.check("upload-preview");

        page.locator("#save-upload").click();
        assertThat(page).hasURL(Pattern.compile("/plans/" + planId + "/indicators/upload$"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Saved 2 values");
        browser.check("upload-saved");
    }

    private static FilePayload csv(String text) {
        return new FilePayload("values.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
