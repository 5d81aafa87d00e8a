package org.improvementtracker.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.Milestone;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A board member reads a section's indicator table for a month, opens an indicator's page with its
 * chart, and follows it to the action it evidences; every page is screenshot and checked with axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class IndicatorPagesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestData testData;

    @Autowired
    PlanReader reader;

    @Autowired
    IndicatorService indicators;

    @Autowired
    IndicatorValues values;

    @Autowired
    JdbcClient jdbc;

    @Test
    void viewerReadsTheTableForAMonthThenAnIndicatorAndTheActionItEvidences() {
        Organisation organisation = testData.organisation();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        long audits = indicators.define(organisation.id(), plan.planId(), new IndicatorDefinition(plan.sectionId(),
                "A1", "Audits judged good or better", null, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, null, null, 1,
                YearToDateRule.MEAN, Frequency.MONTHLY, "2024/25", YearMonth.of(2025, 3), new BigDecimal("40"),
                new BigDecimal("80"), new BigDecimal("2"), null,
                List.of(new Benchmark("2026/27", BenchmarkKind.ENGLAND, new BigDecimal("58"), "DfE"),
                        new Benchmark("2026/27", BenchmarkKind.STATISTICAL_NEIGHBOURS, new BigDecimal("55"), "LAIT")),
                List.of(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("60")),
                        new Milestone(LocalDate.of(2027, 3, 31), new BigDecimal("80"))),
                List.of(), List.of(plan.actionId())));
        testData.indicator(organisation, plan.planId(), plan.sectionId(), "B2");
        long owner = jdbc.sql("select id from account where username = ?")
                .param(organisation.username(Role.PLAN_OWNER)).query(Long.class).single();
        values.saveAll(organisation.id(), owner, List.of(entry(audits, "2026-04", "41"), entry(audits, "2026-06", "45.5"),
                entry(audits, "2026-08", "50"), entry(audits, "2026-09", "52.25")));
        String title = reader.plan(organisation.id(), plan.planId()).title();
        Page page = browser.page();

        browser.signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        browser.check("plan-overview");
        page.locator("#indicators-link").click();
        assertThat(page.locator("#indicators-heading")).containsText("Indicators, ");
        browser.check("indicators-last-month");

        page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).fill("2026-09");
        page.getByLabel("Priority").selectOption(new SelectOption().setLabel("1. Front door"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show indicators")).click();
        assertThat(page.locator("#indicators-heading")).hasText("Indicators, September 2026");
        assertThat(page.locator("#indicator-" + audits)).containsText("47.2%");
        assertThat(page.locator("#indicator-" + audits)).containsText("Improving");
        assertThat(page.locator("#indicator-" + audits + " svg[role=img]"))
                .hasAttribute("aria-label", "Trend, April to September 2026: 41.0% to 52.3%, 2 months without a value");
        browser.check("indicators-september");
        // At 1280 pixels wide the whole row is in view, status and trend included, without scrolling sideways.
        var region = page.locator("#indicators-section-" + plan.sectionId() + " .app-scroll");
        org.assertj.core.api.Assertions.assertThat(region.evaluate("region => region.scrollWidth <= region.clientWidth"))
                .as("the table fits its region").isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(page.locator("#indicator-" + audits + " .app-sparkline").boundingBox().x)
                .isLessThan(1280 - 90);

        page.locator("#previous-month").click();
        assertThat(page.locator("#indicators-heading")).hasText("Indicators, August 2026");
        browser.check("indicators-august");

        page.locator("#indicator-" + audits + " th a").click();
        assertThat(page.locator("h1")).hasText("Audits judged good or better");
        assertThat(page.locator("#chart title")).hasText("A1 Audits judged good or better, April to August 2026");
        assertThat(page.locator("#chart-table")).containsText("August 2026");
        browser.check("indicator-august");

        page.locator("#linked-actions-list a").click();
        assertThat(page.locator("h1")).hasText("1.1 i)");
        assertThat(page.locator("#linked-indicators-table")).containsText("A1: Audits judged good or better");
        browser.check("action-with-its-indicator");
    }

    private static ValueEntry entry(long indicatorId, String month, String value) {
        return new ValueEntry(indicatorId, YearMonth.parse(month), new Figures(new BigDecimal(value), null, null,
                "Short of the trajectory"), null);
    }
}
