package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
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
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading indicators: a section's table for a month with what it computes (year to date, direction,
 * target in force, status) in words, an indicator's page with its chart, the same figures as a table,
 * its actions and history, and the action page listing the indicators that evidence it.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class IndicatorPagesTests {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndicatorService indicators;

    @Autowired
    IndicatorValues values;

    @Autowired
    JdbcClient jdbc;

    Organisation organisation;
    SmallPlan plan;
    long audits;
    long empty;
    long wholePlan;
    long otherSection;

    @BeforeEach
    void indicators() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        otherSection = testData.section(organisation, plan.planId(), "2", "Quality of practice");
        long owner = testData.person(organisation, "Priya Shah");
        audits = indicators.define(organisation.id(), plan.planId(), new IndicatorDefinition(plan.sectionId(), "A1",
                "Audits judged good or better", "Share of audited case files judged good or better",
                Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, null, null, 1, YearToDateRule.MEAN, Frequency.MONTHLY,
                "2024/25", YearMonth.of(2025, 3), new BigDecimal("40"), new BigDecimal("80"), new BigDecimal("2"),
                owner, List.of(new Benchmark("2025/26", BenchmarkKind.ENGLAND, new BigDecimal("58"), "DfE returns"),
                        new Benchmark("2026/27", BenchmarkKind.STATISTICAL_NEIGHBOURS, new BigDecimal("55.25"),
                                "LAIT")),
                List.of(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("60")),
                        new Milestone(LocalDate.of(2027, 3, 31), new BigDecimal("80"))),
                List.of(), List.of(plan.actionId())));
        empty = indicators.define(organisation.id(), plan.planId(), new IndicatorDefinition(plan.sectionId(), "B2",
                "Children in care visited on time", null, Unit.COUNT, Polarity.HIGHER_IS_BETTER, null, null, 0,
                YearToDateRule.SUM, Frequency.MONTHLY, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of()));
        wholePlan = testData.indicator(organisation, plan.planId(), null, "C3");
        List<ValueEntry> entries = new ArrayList<>();
        entries.add(value(audits, "2026-04", "41", "Backlog of audits"));
        entries.add(value(audits, "2026-06", "45.5", "New auditors"));
        entries.add(value(audits, "2026-08", "50", "Improving"));
        entries.add(value(audits, "2026-09", "52.25", "Two new starters"));
        values.saveAll(organisation.id(), accountId(Role.PLAN_OWNER), entries);
        values.saveAll(organisation.id(), accountId(Role.ADMINISTRATOR),
                List.of(new ValueEntry(audits, YearMonth.of(2026, 8), new Figures(new BigDecimal("49"), null, null,
                        "Corrected after moderation"), 0)));
    }

    @Test
    void sectionTableShowsWhatTheIndicatorRulesComputeInWords() throws Exception {
        String page = read("/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&month=2026-09");
        String row = Html.text(Html.inside(page, "id=\"indicator-" + audits + "\"", "</tr>"));

        assertThat(Html.text(page)).contains("Indicators, September 2026",
                "Indicators of 1. Front door, September 2026 Indicator Baseline and benchmarks Apr 2026 May 2026 "
                        + "Jun 2026 Jul 2026 Aug 2026 Sept 2026 Year to date Target in force Direction of travel "
                        + "Status against target Note Trend");
        assertThat(row).isEqualTo("A1: Audits judged good or better Higher is better Baseline 2024/25: 40.0% "
                + "Statistical neighbours 2026/27: 55.3% England 2025/26: 58.0% 41.0% Missing 45.5% Missing 49.0% 52.3% "
                + "46.9% 2 months missing 70.0% Trajectory ↑ Improving Missed Two new starters");
        assertThat(page).contains("href=\"/indicators/" + audits + "?month=2026-09\"");
        assertThat(Html.inside(page, "id=\"indicator-" + audits + "\"", "</tr>"))
                .contains("<strong class=\"govuk-tag govuk-tag--red\">Missed</strong>",
                        "<span aria-hidden=\"true\">↑</span> Improving",
                        "role=\"img\" aria-label=\"Trend, April to September 2026: 41.0% to 52.3%, 2 months without a value\"");
        assertThat(page).doesNotContain("Indicator C3", "Indicators for the whole plan");
    }

    @Test
    void monthsBeforeFiguresCouldExistOrAfterThePlanAreNotApplicableRatherThanMissing() throws Exception {
        // The plan runs from April 2025; A1's baseline is March 2025, so its figures may start then; B2 has none.
        String early = read("/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&month=2025-05");
        String audits2025 = Html.text(Html.inside(early, "id=\"indicator-" + audits + "\"", "</tr>"));
        String empty2025 = Html.text(Html.inside(early, "id=\"indicator-" + empty + "\"", "</tr>"));

        assertThat(audits2025).contains("– No value expected – No value expected – No value expected Missing Missing Missing");
        assertThat(empty2025).contains("– No value expected – No value expected – No value expected "
                + "– No value expected Missing Missing");
        assertThat(Html.inside(early, "id=\"indicator-" + empty + "\"", "</tr>"))
                .contains("<span aria-hidden=\"true\" class=\"app-muted\">–</span> <span class=\"govuk-visually-hidden\">No value expected</span>");

        // The plan ends in March 2027: April and May 2027 can never have a value.
        String late = read("/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&month=2027-05");
        String empty2027 = Html.text(Html.inside(late, "id=\"indicator-" + empty + "\"", "</tr>"));
        assertThat(empty2027).contains("– No value expected – No value expected No data");
    }

    @Test
    void aWithinRangeIndicatorIsJudgedAgainstItsRangeWhichTheTableChartAndFiguresSay() throws Exception {
        long caseload = indicators.define(organisation.id(), plan.planId(), new IndicatorDefinition(otherSection,
                "W1", "Average caseload", null, Unit.NUMBER, Polarity.WITHIN_RANGE, new BigDecimal("15"),
                new BigDecimal("18"), 1, YearToDateRule.MEAN, Frequency.MONTHLY, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of()));
        values.saveAll(organisation.id(), accountId(Role.PLAN_OWNER),
                List.of(value(caseload, "2026-08", "19.5", "Vacancies"), value(caseload, "2026-09", "17.2", null)));

        String table = read("/plans/" + plan.planId() + "/indicators?section=" + otherSection + "&month=2026-09");
        String row = Html.text(Html.inside(table, "id=\"indicator-" + caseload + "\"", "</tr>"));
        String page = read("/indicators/" + caseload + "?month=2026-09");

        assertThat(row).contains("Within a range: 15.0 to 18.0", "19.5 17.2 18.4 4 months missing 15.0 to 18.0 Range", "Met");
        assertThat(Html.text(Html.inside(page, "id=\"chart-table\"", "</table>")))
                .contains("September 2026 17.2 15.0 to 18.0 (Range) Met");
        assertThat(page).contains("class=\"app-chart__range-band\"",
                "A hatched band shows the range the value should stay in: 15.0 to 18.0.", ">Range: 15.0 to 18.0</text>");
    }

    @Test
    void anIndicatorWithoutValuesSaysNoDataNeverZero() throws Exception {
        String page = read("/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&month=2026-09");
        String row = Html.text(Html.inside(page, "id=\"indicator-" + empty + "\"", "</tr>"));

        assertThat(row).isEqualTo("B2: Children in care visited on time Higher is better Baseline not set "
                + "No benchmarks published "
                + "Missing Missing Missing Missing Missing Missing No data 6 months missing No target – Not comparable "
                + "No data");
        assertThat(row).doesNotContain(" 0 ");
        assertThat(Html.inside(page, "id=\"indicator-" + empty + "\"", "</tr>"))
                .contains("aria-label=\"Trend, April to September 2026: no values\"");
    }

    @Test
    void withoutASectionEverySectionsTableShowsThenTheWholePlansAndWithoutAMonthTheLatestWithFigures()
            throws Exception {
        YearMonth lastMonth = SEPTEMBER;

        String page = read("/plans/" + plan.planId() + "/indicators");
        String text = Html.text(page);

        assertThat(text).contains("Indicators, " + MonthChoice.LONG.format(lastMonth), "1. Front door",
                "Indicators for the whole plan", "C3: Indicator C3");
        assertThat(text.indexOf("1. Front door A1")).isLessThan(text.indexOf("Indicators for the whole plan"));
        assertThat(text).doesNotContain("Quality of practice Indicators of");
        assertThat(page).contains("name=\"month\" value=\"" + lastMonth + "\"");
    }

    @Test
    void monthChooserKeepsTheSectionAndLinksToTheMonthsEitherSide() throws Exception {
        String page = read("/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&month=2026-09");

        assertThat(page).contains("<form method=\"get\" action=\"/plans/" + plan.planId() + "/indicators\" id=\"month-chooser\"",
                "type=\"month\" id=\"month\" name=\"month\" value=\"2026-09\"",
                "<option value=\"" + plan.sectionId() + "\" selected=\"selected\">1. Front door</option>",
                "href=\"/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&amp;month=2026-08\"",
                "href=\"/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "&amp;month=2026-10\"");
        assertThat(Html.text(Html.inside(page, "id=\"month-pager\"", "</nav>")))
                .contains("Previous month: August 2026", "Next month: October 2026");
    }

    @Test
    void aMonthThatIsNotAMonthIsNamedInAnErrorSummaryAndTheLatestWithFiguresShown() throws Exception {
        String page = read("/plans/" + plan.planId() + "/indicators?month=September");

        assertThat(Html.text(page)).contains("There is a problem", "Enter the month as a year and month",
                "Indicators, September 2026");
        assertThat(page).contains("<a href=\"#month\">", "value=\"September\"", "<title>Error: ");
    }

    @Test
    void indicatorPageShowsTheDefinitionWhereItStandsAndTheChartWithATextAlternative() throws Exception {
        String page = read("/indicators/" + audits + "?month=2026-09");
        String text = Html.text(page);

        assertThat(text).contains("Indicator A1", "Audits judged good or better",
                "Share of audited case files judged good or better");
        assertThat(Html.text(Html.inside(page, "id=\"standing-list\"", "</dl>"))).contains(
                "Value 52.3% for September 2026", "Year to date 46.9% (2 months missing)",
                "Target in force 70.0% (Trajectory)", "Direction of travel ↑ Improving", "Status against target Missed",
                "Note Two new starters");
        assertThat(Html.text(Html.inside(page, "id=\"definition-list\"", "</dl>"))).contains("Code A1",
                "Priority 1. Front door", "Unit Percentage", "Polarity Higher is better", "Decimals shown 1",
                "Year to date Mean of the months, April to March", "Frequency Monthly",
                "Baseline 2024/25: 40.0% (March 2025)", "Annual target 80.0%", "Tolerance 2.0 percentage points",
                "Data owner Priya Shah (Head of Service)", "Trajectory 60.0% by 31 March 2026 80.0% by 31 March 2027",
                "Monthly targets None set", "England 2025/26: 58.0% Source: DfE returns",
                "Statistical neighbours 2026/27: 55.3% Source: LAIT");
        String chart = Html.inside(page, "id=\"chart\"", "</svg>");
        assertThat(page).contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\"");
        assertThat(chart).contains("<title id=\"chart-title\">A1 Audits judged good or better, April to September 2026</title>",
                "<desc id=\"chart-desc\">Line chart of the value each month from April to September 2026: 4 of 6 months due have a value. "
                        + "September 2026: 52.3% against a target of 70.0% (trajectory), status missed.",
                "class=\"app-chart__line app-chart__line--target\"", "app-chart__line--benchmark-england",
                ">Value each month</text>", ">Target in force</text>", ">England 2025/26: 58.0%</text>");
        assertThat(chart).doesNotContain("style=");
    }

    @Test
    void chartIsFollowedByTheSameFiguresAsATable() throws Exception {
        String page = read("/indicators/" + audits + "?month=2026-09");

        String table = Html.text(Html.inside(page, "id=\"chart-table\"", "</table>"));
        assertThat(table).isEqualTo("Figures shown in the chart Month Value Target in force Status Note "
                + "April 2026 41.0% 61.7% (Trajectory) Missed Backlog of audits "
                + "May 2026 Missing 63.3% (Trajectory) No data "
                + "June 2026 45.5% 65.0% (Trajectory) Missed New auditors "
                + "July 2026 Missing 66.7% (Trajectory) No data "
                + "August 2026 49.0% 68.3% (Trajectory) Missed Corrected after moderation "
                + "September 2026 52.3% 70.0% (Trajectory) Missed Two new starters");
        String chart = page.substring(page.indexOf("id=\"chart\""), page.indexOf("</svg>", page.indexOf("id=\"chart\"")));
        assertThat(Html.all(chart, "(<circle class=\"app-chart__dot\")")).as("a dot per value, and one in the legend")
                .hasSize(4 + 1);
    }

    @Test
    void indicatorPageShowsWhoEnteredWhatAndWhenNewestFirstAndTheLinkedActions() throws Exception {
        String page = read("/indicators/" + audits + "?month=2026-09");

        String history = Html.text(Html.inside(page, "id=\"history-table\"", "</table>"));
        assertThat(history).startsWith("Who entered what and when, newest first Month Before After Note Entered by When "
                + "August 2026 50.0% 49.0% Corrected after moderation Administrator of " + organisation.name());
        assertThat(history).contains("September 2026 First entry 52.3% Two new starters Plan owner of "
                + organisation.name());
        assertThat(history.indexOf("August 2026 50.0%")).isLessThan(history.indexOf("April 2026 First entry"));
        assertThat(Html.text(Html.inside(page, "id=\"linked-actions-list\"", "</ul>")))
                .isEqualTo("Action 1.1 i): Review the MASH");
        assertThat(page).contains("href=\"/plans/" + plan.planId() + "/actions/" + plan.actionId() + "\"");
    }

    @Test
    void editorsGetLinksToChangeAndEnterValuesAndViewersDoNot() throws Exception {
        String asOwner = read("/indicators/" + audits, Role.PLAN_OWNER);
        String asViewer = read("/indicators/" + audits, Role.VIEWER);

        assertThat(asOwner).contains("href=\"/indicators/" + audits + "/edit\"",
                "href=\"/plans/" + plan.planId() + "/indicators/values?section=" + plan.sectionId() + "\"");
        assertThat(asViewer).doesNotContain("/edit\"", "/indicators/values");
    }

    @Test
    void anArchivedIndicatorSaysSoAndCannotBeChanged() throws Exception {
        indicators.archive(organisation.id(), wholePlan, 0);

        String page = read("/indicators/" + wholePlan, Role.PLAN_OWNER);

        assertThat(Html.text(Html.inside(page, "id=\"archived\"", "</div>\n    </div>"))).contains("Archived",
                "no longer in the plan's tables");
        assertThat(page).doesNotContain("/edit\"");
        assertThat(read("/plans/" + plan.planId() + "/indicators")).doesNotContain("Indicator C3");
    }

    @Test
    void aPlanWithoutFiguresIsReadAtLastMonth() throws Exception {
        long empty = testData.plan(organisation, PlanStatus.ACTIVE);
        testData.indicator(organisation, empty, null, "E1");

        assertThat(Html.text(read("/plans/" + empty + "/indicators")))
                .contains("Indicators, " + MonthChoice.LONG.format(YearMonth.now().minusMonths(1)));
    }

    @Test
    void actionPageListsTheIndicatorsThatEvidenceItWithTheirLatestFigure() throws Exception {
        String page = read("/plans/" + plan.planId() + "/actions/" + plan.actionId());

        String table = Html.text(Html.inside(page, "id=\"linked-indicators-table\"", "</table>"));
        assertThat(table).startsWith("Indicators that evidence this action, with their latest figures Indicator Latest "
                + "Status against target A1: Audits judged good or better");
        assertThat(table).contains("% in September 2026");
        assertThat(page).contains("href=\"/indicators/" + audits + "\"");
    }

    @Test
    void anActionWithoutIndicatorsShowsNoIndicatorTable() throws Exception {
        long other = testData.action(organisation, plan.planId(), plan.sectionId(), null, "9", "Another", null);

        assertThat(read("/plans/" + plan.planId() + "/actions/" + other)).doesNotContain("linked-indicators");
    }

    @Test
    void planAndSectionPagesLinkToTheIndicatorTables() throws Exception {
        assertThat(read("/plans/" + plan.planId())).contains("href=\"/plans/" + plan.planId() + "/indicators\"");
        assertThat(read("/plans/" + plan.planId() + "/sections/" + plan.sectionId()))
                .contains("href=\"/plans/" + plan.planId() + "/indicators?section=" + plan.sectionId() + "\"");
    }

    @Test
    void anotherOrganisationGetsNotFound() throws Exception {
        Organisation other = testData.organisation();
        long otherPlan = testData.plan(other, PlanStatus.ACTIVE);
        var outsider = user(users.loadUserByUsername(other.username(Role.PLAN_OWNER)));

        for (String path : List.of("/indicators/" + audits, "/plans/" + plan.planId() + "/indicators",
                "/plans/" + otherPlan + "/indicators?section=" + plan.sectionId())) {
            String body = mvc.perform(get(path).with(outsider)).andExpect(status().isNotFound()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(body).as(path).contains("Page not found").doesNotContain("Audits judged");
        }
    }

    @Test
    void aSectionOfAnotherPlanIsNotFound() throws Exception {
        long otherPlan = testData.plan(organisation, PlanStatus.ACTIVE);

        mvc.perform(get("/plans/" + otherPlan + "/indicators?section=" + plan.sectionId())
                .with(user(users.loadUserByUsername(organisation.username(Role.VIEWER))))).andExpect(status().isNotFound());
    }

    @Test
    void markupTypedIntoAnIndicatorIsShownAsTextOnEveryPage() throws Exception {
        String code = "\"><b onclick=x>";
        String name = "<script>alert(1)</script> name";
        String note = "\"><img src=x onerror=alert(1)> note";
        String source = "<script>alert(2)</script> source";
        long marked = indicators.define(organisation.id(), plan.planId(), new IndicatorDefinition(plan.sectionId(),
                code, name, name, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, null, null, 1, YearToDateRule.MEAN,
                Frequency.MONTHLY, note, null, null, null, null, null, List.of(new Benchmark("2026/27",
                        BenchmarkKind.ENGLAND, BigDecimal.TEN, source)), List.of(), List.of(), List.of(plan.actionId())));
        values.saveAll(organisation.id(), accountId(Role.PLAN_OWNER), List.of(value(marked, "2026-09", "5", note)));

        for (String path : List.of("/plans/" + plan.planId() + "/indicators?month=2026-09",
                "/indicators/" + marked + "?month=2026-09", "/plans/" + plan.planId() + "/actions/" + plan.actionId())) {
            String page = read(path);
            assertThat(page).as(path).doesNotContain("<script>alert", "<img src=x", "<b onclick")
                    .contains(Html.escape(name));
        }
        assertThat(read("/indicators/" + marked + "?month=2026-09")).contains(Html.escape(note), Html.escape(source),
                Html.escape(code));
    }

    private ValueEntry value(long indicatorId, String month, String value, String note) {
        return new ValueEntry(indicatorId, YearMonth.parse(month), new Figures(new BigDecimal(value), null, null, note),
                null);
    }

    private long accountId(Role role) {
        return jdbc.sql("select id from account where username = ?").param(organisation.username(role))
                .query(Long.class).single();
    }

    private String read(String path) throws Exception {
        return read(path, Role.VIEWER);
    }

    private String read(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(organisation.username(role)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
