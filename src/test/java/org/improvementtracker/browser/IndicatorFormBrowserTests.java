package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A plan owner defines an indicator from the section page in a real browser: the range's bounds
 * appear when "within a range" is chosen, "Add another" adds a numbered row, a mistake comes back in
 * the error summary. Every page is checked with axe and for console errors by {@link Browser#check(String)}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class IndicatorFormBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    IndicatorReader reader;

    @Test
    void planOwnerDefinesAnIndicatorFromTheSectionPage() {
        Organisation organisation = testData.organisation();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        Page page = browser.page();
        browser.signIn(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD);

        browser.open("/plans/" + plan.planId() + "/sections/" + plan.sectionId(), "section");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add indicator")).click();
        assertThat(heading(page)).hasText("Add an indicator");
        assertThat(page.locator("#sectionId")).hasValue(String.valueOf(plan.sectionId()));
        assertThat(page.getByLabel("Lower bound of the range")).isHidden();
        browser.check("new-indicator");

        page.getByLabel("Code").fill("AUD");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Audits judged good or better");
        page.getByLabel("Percentage").check();
        page.getByLabel("Within a range").check();
        page.getByLabel("Lower bound of the range").fill("60");
        page.getByLabel("Upper bound of the range").fill("eighty");
        page.getByLabel("Mean of the months").check();
        Locator benchmarks = page.locator("[data-repeated-rows=benchmark]");
        benchmarks.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add another benchmark")).click();
        Locator fourth = benchmarks.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Benchmark 4"));
        assertThat(fourth.getByLabel("Year")).isFocused();
        fourth.getByLabel("Year").fill("2024/25");
        fourth.getByLabel("Compared with").selectOption("ENGLAND");
        fourth.getByLabel("Value").fill("72.5");
        page.getByLabel("1.1 i) Review the MASH").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add indicator")).click();

        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("Enter the upper bound as a number");
        browser.check("new-indicator-with-a-problem");
        assertThat(page.getByLabel("Upper bound of the range")).hasValue("eighty");
        assertThat(page.getByLabel("Within a range")).isChecked();
        summary.getByRole(AriaRole.LINK).click();
        assertThat(page.getByLabel("Upper bound of the range")).isFocused();
        page.getByLabel("Upper bound of the range").fill("80");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add indicator")).click();

        // The indicator page itself is another page's business: here, what was stored.
        assertThat(page).hasURL(Pattern.compile("/indicators/\\d+$"));
        browser.check("saved");
        String url = page.url();
        IndicatorDetail saved = reader.detail(organisation.id(), Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
        org.assertj.core.api.Assertions.assertThat(saved.indicator().polarity()).isEqualTo(Polarity.WITHIN_RANGE);
        org.assertj.core.api.Assertions.assertThat(saved.indicator().rangeUpper()).isEqualByComparingTo("80");
        org.assertj.core.api.Assertions.assertThat(saved.benchmarks()).extracting(Benchmark::yearLabel, Benchmark::kind)
                .containsExactly(tuple("2024/25", BenchmarkKind.ENGLAND));
        org.assertj.core.api.Assertions.assertThat(saved.linkedActionIds()).containsExactly(plan.actionId());
    }

    private static Locator heading(Page page) {
        return page.locator("h1");
    }
}
