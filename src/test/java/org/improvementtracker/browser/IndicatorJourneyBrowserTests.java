package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The month's figures go in three ways and the board's view follows: a plan owner enters values in
 * the grid (one misses its target and needs a note), pastes a row copied to the clipboard, uploads a
 * CSV whose bad row is named and nothing saved, fixes and saves it, then reads the year to date,
 * direction of travel and chart change. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class IndicatorJourneyBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    IndicatorService indicators;

    Page page;

    @Test
    void valuesEnteredPastedAndUploadedChangeWhatTheBoardReads() {
        Organisation organisation = testData.organisation();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        long audits = define(organisation, plan, "QA1", "Case file audits judged good or better", Unit.PERCENTAGE,
                Polarity.HIGHER_IS_BETTER, YearToDateRule.RATIO_OF_SUMS, new BigDecimal("80"));
        long referrals = define(organisation, plan, "FD2", "Early help assessments completed", Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, YearToDateRule.SUM, null);
        page = browser.page();
        browser.allowClipboard();
        browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
        String grid = "/plans/" + plan.planId() + "/indicators/values?section=" + plan.sectionId() + "&year=2025";
        String table = "/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&month=";

        browser.open(grid, "grid");
        page.getByLabel("QA1 April 2025 numerator").fill("30");
        page.getByLabel("QA1 April 2025 denominator").fill("40");
        page.getByLabel("FD2 April 2025 value").fill("12");
        save();
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "QA1, April 2025: Explain in a note why the value misses its target");
        browser.check("a-miss-needs-a-note");
        page.getByLabel("QA1 April 2025 note").fill("Two teams without a permanent manager");
        save();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved 2 values");
        browser.check("saved-with-a-note");

        pasteFromClipboard(page.getByLabel("QA1 May 2025 numerator"), "45/50\t41/50");
        pasteFromClipboard(page.getByLabel("FD2 May 2025 value"), "14\t9");
        assertThat(page.getByLabel("QA1 June 2025 denominator")).hasValue("50");
        assertThat(page.getByLabel("FD2 June 2025 value")).hasValue("9");
        save();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved 4 values");
        browser.check("pasted-and-saved");

        browser.open(table + "2025-06", "table-june");
        Locator auditsRow = page.locator("#indicator-" + audits);
        // (30 + 45 + 41) / (40 + 50 + 50): a ratio of sums, not a mean of the percentages.
        assertThat(auditsRow.locator(".app-year-to-date")).containsText("82.9%");
        assertThat(auditsRow.locator(".app-direction")).containsText("Declining");
        assertThat(page.locator("#indicator-" + referrals + " .app-year-to-date")).containsText("35");

        browser.open("/plans/" + plan.planId() + "/indicators/upload", "upload");
        upload("""
                indicator code,month,value,numerator,denominator,note
                QA1,2025-07,,55,50,
                FD2,2025-07,11,,,
                """);
        assertThat(page.locator("#upload-problems")).containsText("Row 2");
        assertThat(page.locator("#upload-problems")).containsText("numerator");
        assertThat(page.locator("#save-upload")).hasCount(0);
        browser.check("upload-with-a-bad-row");
        browser.open(table + "2025-07", "table-july-nothing-saved");
        assertThat(page.locator("#indicator-" + referrals + " .app-year-to-date")).containsText("35");

        browser.open("/plans/" + plan.planId() + "/indicators/upload", "upload-again");
        upload("""
                indicator code,month,value,numerator,denominator,note
                QA1,2025-07,,44,50,
                FD2,2025-07,11,,,
                """);
        assertThat(page.locator("#upload-rows")).containsText("88.0%");
        browser.check("fixed-upload-previewed");
        page.locator("#save-upload").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved 2 values");
        browser.check("upload-saved");

        browser.open(table + "2025-07", "table-july");
        assertThat(auditsRow.locator(".app-year-to-date")).containsText("84.2%");
        assertThat(auditsRow.locator(".app-direction")).containsText("↑");
        assertThat(auditsRow.locator(".app-direction")).containsText("Improving");
        assertThat(auditsRow.locator("svg.app-sparkline")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("75\\.0%.*88\\.0%"));
        assertThat(page.locator("#indicator-" + referrals + " .app-year-to-date")).containsText("46");

        auditsRow.getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("h1")).containsText("Case file audits judged good or better");
        browser.check("indicator");
        browser.open("/indicators/" + audits + "?month=2025-07", "indicator-july");
        Locator chart = page.locator("svg#chart");
        assertThat(chart).hasAttribute("role", "img");
        assertThat(page.locator("#chart-title")).not().isEmpty();
        assertThat(page.locator("#chart-desc")).containsText("88.0%");
        assertThat(page.locator("#chart-table")).containsText("88.0%");
        assertThat(page.locator("#chart-table")).containsText("Two teams without a permanent manager");
        assertThat(page.locator("#year-to-date")).containsText("84.2%");
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save values")).click();
    }

    /** Copies the text to the clipboard, as a spreadsheet does, and pastes it into the box with the keyboard. */
    private void pasteFromClipboard(Locator box, String text) {
        page.evaluate("text => navigator.clipboard.writeText(text)", text);
        box.focus();
        page.keyboard().press("Control+V");
    }

    private void upload(String csv) {
        page.locator("#file").setInputFiles(new FilePayload("values.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#preview-upload").click();
        assertThat(page.locator("h1")).isVisible();
    }

    private long define(Organisation organisation, SmallPlan plan, String code, String name, Unit unit,
            Polarity polarity, YearToDateRule rule, BigDecimal annualTarget) {
        return indicators.define(organisation.id(), plan.planId(), TestData.indicator(plan.sectionId(), code, name,
                unit, polarity, rule, Frequency.MONTHLY, annualTarget));
    }
}
