package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A plan owner brings in the B&NES plan from Word: upload, change one column in the mapping, preview, import,
 * and open the plan it became. Skipped when the shared samples are not there.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class ImportBrowserTests {

    private static final Path BANES = Path.of("../shared/samples/banes-improvement-plan-2013-14.docx");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Test
    void theOwnerImportsTheBanesPlanFromWord() {
        Assumptions.assumeTrue(Files.exists(BANES), "The shared samples are not here: " + BANES.toAbsolutePath()
                + " is missing, so the B&NES import is not tried");
        Organisation organisation = testData.organisation();
        Page page = browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);

        page.navigate("/plans");
        browser.check("plans");
        page.locator("#import-plan").click();
        assertThat(page.locator("h1")).hasText("Import a plan");
        browser.check("import-upload");

        page.locator("#upload").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the plan's Word, Excel or CSV file");
        browser.check("import-upload-no-file");

        page.locator("#file").setInputFiles(BANES);
        page.locator("#upload").click();
        assertThat(page.locator("h1")).hasText("Confirm what each column holds");
        browser.check("import-mapping");

        Locator evidence = page.getByLabel("What column F holds");
        evidence.selectOption("");
        page.locator("#save-mapping").click();
        assertThat(page.locator("h1")).hasText("Check the plan before importing");
        assertThat(page.locator("#counts")).containsText("Actions");
        browser.check("import-preview");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change what the columns hold")).click();
        assertThat(page.getByLabel("What column F holds")).hasValue("");
        browser.check("import-mapping-kept");
        page.locator("#save-mapping").click();
        assertThat(page.locator("h1")).hasText("Check the plan before importing");
        browser.check("import-preview-again");

        if (page.locator("#acceptWarnings").count() > 0) {
            page.locator("#import").click();
            assertThat(page.locator(".govuk-error-summary")).containsText("warning");
            browser.check("import-warnings-not-confirmed");
            page.locator("#acceptWarnings").check();
        }
        page.locator("#title").fill("B&NES improvement plan 2013-14");
        page.locator("#import").click();

        assertThat(page).hasURL(Pattern.compile("/plans/\\d+$"));
        assertThat(page.locator("h1")).hasText("B&NES improvement plan 2013-14");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Plan imported from the file");
        browser.check("imported-plan");
    }
}
