package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.FinancialYear;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Entering a financial year of values in the grid: what it shows and locks, saving only what changed,
 * all or nothing, problems named by indicator and month, and someone else's save never overwritten.
 * The year shown is 2025/26, April 2025 to March 2026, which the test plan covers and which has passed.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ValueGridPageTests {

    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final YearMonth MAY = YearMonth.of(2025, 5);
    static final YearMonth JUNE = YearMonth.of(2025, 6);

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

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
    IndicatorReader reader;

    @Autowired
    Clock clock;

    Organisation organisation;
    SignedInUser owner;
    SmallPlan plan;
    /** FD1, a percentage: entered as numerator and denominator. */
    long rate;
    /** FD2, a count: entered as a value. */
    long count;
    String grid;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        rate = indicators.define(organisation.id(), plan.planId(),
                TestData.indicator(plan.sectionId(), "FD1", "Contacts decided within 24 hours"));
        count = define("FD2", "Children in need", Unit.COUNT, Frequency.MONTHLY);
        grid = "/plans/" + plan.planId() + "/indicators/values";
    }

    @Test
    void showsTheYearsMonthsWithTheirValuesAndVersions() throws Exception {
        save(count, MAY, new Figures(new BigDecimal("17"), null, null, "Two late returns"), null);
        save(rate, JUNE, new Figures(null, new BigDecimal("45"), new BigDecimal("60"), null), null);

        String page = page(grid + "?year=2025");

        assertThat(Html.text(page)).contains("Enter indicator values", "Financial year 2025/26",
                "Indicator values, 2025/26", "FD1 Contacts decided within 24 hours", "Percentage, monthly",
                "FD2 Children in need", "Count, monthly", "75.0%");
        assertThat(Html.all(page, "<th scope=\"col\" class=\"govuk-table__header app-grid__month\">([^<]+)</th>"))
                .containsExactly("Apr 2025", "May 2025", "Jun 2025", "Jul 2025", "Aug 2025", "Sept 2025", "Oct 2025",
                        "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026");
        Map<String, String> fields = fields(page);
        assertThat(fields).containsEntry(cell(count, MAY, "value"), "17")
                .containsEntry(cell(count, MAY, "note"), "Two late returns")
                .containsEntry(cell(count, MAY, "version"), "0")
                .containsEntry(cell(rate, JUNE, "numerator"), "45")
                .containsEntry(cell(rate, JUNE, "denominator"), "60")
                .containsEntry(cell(count, APRIL, "value"), "")
                .doesNotContainKey(cell(count, APRIL, "version"))
                .doesNotContainKey(cell(rate, JUNE, "value"));
        assertThat(page).contains("<label class=\"govuk-visually-hidden\" for=\"" + cell(count, MAY, "value")
                + "\">FD2 May 2025 value</label>", "for=\"" + cell(rate, JUNE, "denominator")
                + "\">FD1 June 2025 denominator</label>", "src=\"/js/indicator-grid");
        assertThat(page).doesNotContain("id=\"previous-year\"").contains("id=\"next-year\"",
                "href=\"" + grid + "?year=2026\"");
    }

    @Test
    void monthsNotDueInTheFutureOrOutsideThePlanAreShownButCannotBeEntered() throws Exception {
        long quarterly = define("FD3", "Audits graded good", Unit.NUMBER, Frequency.QUARTERLY);

        Map<String, String> thisYear = fields(page(grid + "?year=2025"));
        assertThat(thisYear).containsKey(cell(quarterly, JUNE, "value"))
                .doesNotContainKey(cell(quarterly, MAY, "value"));
        assertThat(page(grid + "?year=2025")).contains("<span class=\"app-muted\">Not due</span>");

        YearMonth nextMonth = YearMonth.now(clock).plusMonths(1);
        String later = page(grid + "?year=" + FinancialYear.of(nextMonth).startYear());
        assertThat(fields(later)).doesNotContainKey(cell(count, nextMonth, "value"));
        assertThat(later).containsAnyOf("<span class=\"app-muted\">Future</span>",
                "<span class=\"app-muted\">Outside plan</span>");

        String beforePlan = page(grid + "?year=2024");
        assertThat(fields(beforePlan)).noneSatisfy((name, value) -> assertThat(name).startsWith("cell-"));
        assertThat(beforePlan).contains("<span class=\"app-muted\">Outside plan</span>");
        assertThat(Html.text(beforePlan)).contains("No month of this year can be entered");
    }

    @Test
    void monthsFromAnIndicatorsBaselineBeforeThePlanStartsCanBeEntered() throws Exception {
        IndicatorDefinition base = TestData.indicator(plan.sectionId(), "FD4", "Re-referrals within 12 months");
        long withHistory = indicators.define(organisation.id(), plan.planId(), new IndicatorDefinition(
                base.sectionId(), base.code(), base.name(), base.definition(), base.unit(), base.polarity(), null,
                null, base.decimals(), base.yearToDateRule(), base.frequency(), "2024/25", YearMonth.of(2025, 1),
                new BigDecimal("24"), null, null, null, null, null, null, null));

        Map<String, String> lastYear = fields(page(grid + "?year=2024"));

        assertThat(lastYear).containsKeys(cell(withHistory, YearMonth.of(2025, 1), "numerator"),
                cell(withHistory, YearMonth.of(2025, 3), "numerator"))
                .doesNotContainKeys(cell(withHistory, YearMonth.of(2024, 12), "numerator"),
                        cell(count, YearMonth.of(2025, 3), "value"));
        assertThat(page(grid + "?year=2025")).contains("id=\"previous-year\"");
    }

    @Test
    void aSectionShowsOnlyItsIndicators() throws Exception {
        long planWide = define("PW1", "Plan-wide measure", Unit.COUNT, Frequency.MONTHLY, null);

        String section = page(grid + "?section=" + plan.sectionId() + "&year=2025");
        String whole = page(grid + "?year=2025");

        assertThat(fields(section)).containsKey(cell(count, MAY, "value"))
                .doesNotContainKey(cell(planWide, MAY, "value"));
        assertThat(fields(whole)).containsKey(cell(count, MAY, "value")).containsKey(cell(planWide, MAY, "value"));
        assertThat(Html.text(section)).contains("Indicator values, 2025/26: 1. Front door");
    }

    @Test
    void savingTwoCellsStoresBothAndWritesTheirHistory() throws Exception {
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        fields.put(cell(count, APRIL, "value"), "12");
        fields.put(cell(rate, MAY, "numerator"), "30");
        fields.put(cell(rate, MAY, "denominator"), "40");
        fields.put(cell(rate, MAY, "note"), "Includes weekend contacts");

        submit(fields).andExpect(status().isFound()).andExpect(redirectedUrl(grid + "?year=2025"))
                .andExpect(flash().attribute("banner", "Saved 2 values"));

        assertThat(figures(count, APRIL).value()).isEqualByComparingTo("12");
        Figures may = figures(rate, MAY);
        assertThat(may.value()).isEqualByComparingTo("75");
        assertThat(may.note()).isEqualTo("Includes weekend contacts");
        assertThat(reader.detail(organisation.id(), count).history()).singleElement()
                .satisfies(event -> assertThat(event.accountId()).isEqualTo(owner.accountId()));
        assertThat(reader.detail(organisation.id(), rate).history()).hasSize(1);
    }

    @Test
    void aRateShowsThePercentageItsNumeratorAndDenominatorMake() throws Exception {
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        fields.put(cell(rate, APRIL, "numerator"), "12");
        fields.put(cell(rate, APRIL, "denominator"), "30");

        submit(fields).andExpect(status().isFound());

        assertThat(figures(rate, APRIL).value()).isEqualByComparingTo("40");
        String after = page(grid + "?year=2025");
        assertThat(Html.text(after)).contains("40.0%");
        assertThat(fields(after)).containsEntry(cell(rate, APRIL, "numerator"), "12");
    }

    @Test
    void unchangedCellsAreNotSavedAgain() throws Exception {
        save(count, MAY, new Figures(new BigDecimal("17"), null, null, "Two late returns"), null);
        save(rate, MAY, new Figures(null, new BigDecimal("45"), new BigDecimal("60.0"), null), null);
        Map<String, String> fields = fields(page(grid + "?year=2025"));

        submit(fields).andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "No values were changed, so nothing was saved."));
        fields.put(cell(count, JUNE, "value"), "20");
        fields.put(cell(count, MAY, "value"), "17.0");
        submit(fields).andExpect(status().isFound()).andExpect(flash().attribute("banner", "Saved 1 value"));

        assertThat(reader.detail(organisation.id(), count).history()).hasSize(2)
                .extracting(event -> event.month()).containsExactly(MAY, JUNE);
        assertThat(reader.detail(organisation.id(), rate).history()).hasSize(1);
        assertThat(value(count, MAY).version()).isZero();
    }

    @Test
    void oneBadCellSavesNothingAndTheProblemNamesIndicatorAndMonth() throws Exception {
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        fields.put(cell(count, APRIL, "value"), "12");
        fields.put(cell(count, JUNE, "value"), "2.5");
        fields.put(cell(rate, MAY, "numerator"), "50");
        fields.put(cell(rate, MAY, "denominator"), "40");

        String page = submit(fields).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Enter indicator values 2025/26");
        assertThat(Html.all(page, "<li><a href=\"#([^\"]+)\">")).as("in the grid's order")
                .containsExactly(cell(rate, MAY, "numerator"), cell(count, JUNE, "value"));
        assertThat(Html.text(Html.inside(page, "govuk-error-summary__list\"", "</ul>")))
                .contains("FD2, June 2025: A count must be a whole number",
                        "FD1, May 2025: The numerator cannot be more than the denominator");
        assertThat(page).contains("id=\"" + cell(count, JUNE, "value") + "-error\"",
                "aria-describedby=\"" + cell(rate, MAY, "numerator") + "-error\"", "govuk-form-group--error");
        assertThat(fields(page)).containsEntry(cell(count, APRIL, "value"), "12")
                .containsEntry(cell(count, JUNE, "value"), "2.5").containsEntry(cell(rate, MAY, "numerator"), "50");
        assertNothingSaved();
    }

    @Test
    void textThatIsNotANumberIsNamedBeforeAnythingIsSent() throws Exception {
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        fields.put(cell(count, APRIL, "value"), "12");
        fields.put(cell(count, MAY, "value"), "twelve");
        fields.put(cell(count, JUNE, "value"), "12345678901");
        fields.put(cell(rate, MAY, "numerator"), "45.2\t47.0");
        fields.put(cell(rate, JUNE, "numerator"), "45%");
        fields.put(cell(rate, JUNE, "denominator"), "1,000");

        String page = submit(fields).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Html.text(page)).contains("FD2, May 2025: Enter the value as a number, for example 45.2",
                "FD2, June 2025: The value must be less than 10,000,000,000",
                "FD1, May 2025: Enter the numerator as a number, for example 45.2")
                .doesNotContain("FD1, June 2025");
        assertNothingSaved();
    }

    @Test
    void aProblemTheServiceNamesForAWholeMonthIsShownAgainstTheCell() throws Exception {
        save(count, MAY, new Figures(new BigDecimal("17"), null, null, null), null);
        Map<String, String> again = fields(page(grid + "?year=2025"));
        again.put(cell(count, MAY, "value"), "");

        String page = submit(again).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Html.text(page)).contains("FD2, May 2025: Enter a value, or a note saying why it is missing");
        assertThat(page).contains("href=\"#" + cell(count, MAY, "value") + "\"");
        assertThat(value(count, MAY).figures().value()).isEqualByComparingTo("17");
    }

    @Test
    void aMonthSomeoneElseSavedMeanwhileIsAConflictAndNothingIsSaved() throws Exception {
        save(count, MAY, new Figures(new BigDecimal("17"), null, null, null), null);
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        save(count, MAY, new Figures(new BigDecimal("18"), null, null, "Corrected by the analyst"), 0);
        fields.put(cell(count, MAY, "value"), "19");
        fields.put(cell(count, JUNE, "value"), "5");

        String page = submit(fields).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(Html.text(page)).contains("FD2, May 2025: Someone else saved this month after you opened the page: "
                + "it now reads 18, with the note “Corrected by the analyst”. Nothing was saved.");
        assertThat(value(count, MAY).figures().value()).isEqualByComparingTo("18");
        assertThat(values(count)).hasSize(1);
        Map<String, String> shown = fields(page);
        assertThat(shown).containsEntry(cell(count, MAY, "value"), "19").containsEntry(cell(count, JUNE, "value"), "5")
                .containsEntry(cell(count, MAY, "version"), "1");

        submit(shown).andExpect(status().isFound()).andExpect(flash().attribute("banner", "Saved 2 values"));
        assertThat(value(count, MAY).figures().value()).isEqualByComparingTo("19");
    }

    @Test
    void aMonthSomeoneElseSavedThatThisUserDidNotTouchIsLeftAlone() throws Exception {
        save(count, MAY, new Figures(new BigDecimal("17"), null, null, null), null);
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        save(count, MAY, new Figures(new BigDecimal("18"), null, null, null), 0);
        fields.put(cell(count, JUNE, "value"), "5");

        submit(fields).andExpect(status().isFound()).andExpect(flash().attribute("banner", "Saved 1 value"));

        assertThat(value(count, MAY).figures().value()).isEqualByComparingTo("18");
    }

    @Test
    void aRateEnteredElsewhereAsABareValueKeepsItWhenOnlyItsNoteChanges() throws Exception {
        save(rate, MAY, new Figures(new BigDecimal("45"), null, null, null), null);
        Map<String, String> fields = fields(page(grid + "?year=2025"));
        fields.put(cell(rate, MAY, "note"), "From the annual return");

        submit(fields).andExpect(status().isFound()).andExpect(flash().attribute("banner", "Saved 1 value"));

        assertThat(figures(rate, MAY).value()).isEqualByComparingTo("45");
        assertThat(figures(rate, MAY).note()).isEqualTo("From the annual return");
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR"})
    void onlyPlanEditorsSeeOrPostTheGrid(Role role) throws Exception {
        RequestPostProcessor visitor = as(role);

        mvc.perform(get(grid).with(visitor)).andExpect(status().isForbidden());
        mvc.perform(post(grid).with(visitor).with(csrf()).param("year", "2025")
                .param(cell(count, APRIL, "value"), "12")).andExpect(status().isForbidden());
        String overview = mvc.perform(get("/plans/" + plan.planId()).with(visitor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(overview).doesNotContain("/indicators/values");
        assertThat(page("/plans/" + plan.planId())).contains("href=\"" + grid + "\"");
        assertThat(page("/plans/" + plan.planId() + "/sections/" + plan.sectionId()))
                .contains("href=\"" + grid + "?section=" + plan.sectionId() + "\"");
        assertNothingSaved();
    }

    @Test
    void anotherOrganisationsPlanOrSectionIsNotFound() throws Exception {
        Organisation other = testData.organisation();
        SmallPlan theirs = testData.smallPlan(other, PlanStatus.ACTIVE);
        RequestPostProcessor otherOwner = user(users.loadUserByUsername(other.username(Role.PLAN_OWNER)));

        mvc.perform(get(grid).with(otherOwner)).andExpect(status().isNotFound());
        mvc.perform(post(grid).with(otherOwner).with(csrf()).param("year", "2025")
                .param(cell(count, APRIL, "value"), "12")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + theirs.planId() + "/indicators/values").param("section",
                String.valueOf(plan.sectionId())).with(otherOwner)).andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + theirs.planId() + "/indicators/values").with(otherOwner).with(csrf())
                .param("year", "2025").param(cell(count, APRIL, "value"), "12")).andExpect(status().isFound());
        assertNothingSaved();
    }

    private long define(String code, String name, Unit unit, Frequency frequency) {
        return define(code, name, unit, frequency, plan.sectionId());
    }

    private long define(String code, String name, Unit unit, Frequency frequency, Long sectionId) {
        return indicators.define(organisation.id(), plan.planId(), TestData.indicator(sectionId, code, name, unit,
                Polarity.HIGHER_IS_BETTER, YearToDateRule.SUM, frequency, null));
    }

    private void save(long indicatorId, YearMonth month, Figures figures, Integer version) {
        values.save(organisation.id(), owner.accountId(), new ValueEntry(indicatorId, month, figures, version));
    }

    private List<IndicatorValue> values(long indicatorId) {
        return reader.detail(organisation.id(), indicatorId).values();
    }

    private IndicatorValue value(long indicatorId, YearMonth month) {
        return values(indicatorId).stream().filter(value -> value.month().equals(month)).findFirst()
                .orElseThrow(() -> new AssertionError("No value for " + month));
    }

    private Figures figures(long indicatorId, YearMonth month) {
        return value(indicatorId, month).figures();
    }

    private void assertNothingSaved() {
        for (long indicatorId : List.of(rate, count)) {
            assertThat(values(indicatorId)).as("values").isEmpty();
            assertThat(reader.detail(organisation.id(), indicatorId).history()).as("history").isEmpty();
        }
    }

    private static String cell(long indicatorId, YearMonth month, String field) {
        return "cell-" + indicatorId + "-" + month + "-" + field;
    }

    private RequestPostProcessor as(Role role) {
        return user(users.loadUserByUsername(organisation.username(role)));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(Role.PLAN_OWNER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private ResultActions submit(Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(grid).param("year", "2025").with(as(Role.PLAN_OWNER)).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** The named inputs of the grid's form as a browser would post them (the section filter's are left out). */
    private static Map<String, String> fields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        int form = page.indexOf("<form method=\"post\" novalidate");
        Matcher input = INPUT.matcher(form < 0 ? "" : page.substring(form));
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find() && name.group(1).startsWith("cell-")) {
                fields.put(name.group(1), value.find() ? Html.unescape(value.group(1)) : "");
            }
        }
        return fields;
    }
}
