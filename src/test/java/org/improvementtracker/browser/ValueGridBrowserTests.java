package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/** Entering values in the grid in a real browser: rows pasted from a spreadsheet, saved, and a problem shown. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class ValueGridBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    IndicatorService indicators;

    Page page;
    Organisation organisation;
    SmallPlan plan;
    long rate;
    long count;
    long other;

    @BeforeEach
    void setUp() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        rate = indicators.define(organisation.id(), plan.planId(),
                TestData.indicator(plan.sectionId(), "FD1", "Contacts decided within 24 hours"));
        count = count("FD2", "Children in need");
        other = count("FD3", "Child protection plans");
        page = browser.page();
    }

    @Test
    void aPlanOwnerPastesRowsFromASpreadsheetAndSavesThem() {
        browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);
        browser.open("/plans/" + plan.planId(), "plan-overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter values of indicators")).click();
        assertThat(page.locator("h1")).hasText("Enter indicator values");
        browser.check("grid-this-year");
        browser.open("/plans/" + plan.planId() + "/indicators/values?year=2025", "grid-2025");

        page.setViewportSize(640, 900);
        browser.screenshot("grid-at-200-percent");
        assertThat(page.locator("#values-grid")).isVisible();
        Object scrolls = page.evaluate("() => { const grid = document.getElementById('values-grid');"
                + " return grid.scrollWidth > grid.clientWidth"
                + " && document.documentElement.scrollWidth <= window.innerWidth; }");
        org.assertj.core.api.Assertions.assertThat(scrolls).as("the grid scrolls, not the page").isEqualTo(true);
        page.setViewportSize(1280, 900);

        paste(cell(count, "2025-04", "value"), "12\t\t14\r\n7\t8\r\n");
        paste(cell(rate, "2025-04", "numerator"), "12/30\t45/60");

        assertThat(input(count, "2025-04", "value")).hasValue("12");
        assertThat(input(count, "2025-05", "value")).hasValue("");
        assertThat(input(count, "2025-06", "value")).hasValue("14");
        assertThat(input(other, "2025-04", "value")).hasValue("7");
        assertThat(input(other, "2025-05", "value")).hasValue("8");
        assertThat(input(rate, "2025-04", "denominator")).hasValue("30");
        assertThat(input(rate, "2025-05", "numerator")).hasValue("45");
        assertThat(page.locator("#paste-status")).containsText("Pasted 2 months");
        page.getByLabel("FD2 April 2025 note").fill("Two teams late");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save values")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved 6 values");
        browser.check("saved");
        assertThat(page.locator("#indicator-" + rate)).containsText("40.0%");
        assertThat(page.locator("#indicator-" + rate)).containsText("75.0%");

        page.getByLabel("FD1 June 2025 numerator").fill("50");
        page.getByLabel("FD1 June 2025 denominator").fill("40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save values")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "FD1, June 2025: The numerator cannot be more than the denominator");
        browser.check("problem");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("FD1, June 2025: The numerator cannot be more than the denominator")).click();
        assertThat(input(rate, "2025-06", "numerator")).isFocused();
        assertThat(input(rate, "2025-06", "numerator")).hasValue("50");
    }

    private long count(String code, String name) {
        return indicators.define(organisation.id(), plan.planId(), TestData.indicator(plan.sectionId(), code, name,
                Unit.COUNT, Polarity.HIGHER_IS_BETTER, YearToDateRule.SUM, Frequency.MONTHLY, null));
    }

    /** What a browser does when text copied from a spreadsheet is pasted into a box. */
    private void paste(String inputId, String text) {
        page.evaluate("""
                ([id, text]) => {
                    const data = new DataTransfer();
                    data.setData('text/plain', text);
                    document.getElementById(id).dispatchEvent(
                        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
                }""", List.of(inputId, text));
    }

    private Locator input(long indicatorId, String month, String field) {
        return page.locator("#" + cell(indicatorId, month, field));
    }

    private static String cell(long indicatorId, String month, String field) {
        return "cell-" + indicatorId + "-" + month + "-" + field;
    }
}
