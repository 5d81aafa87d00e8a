package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Frequency;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.Milestone;
import org.improvementtracker.indicators.MonthlyTarget;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.indicators.YearToDateRule;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A plan owner defines, changes and archives indicators through the pages; bad input and stale forms save nothing. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class IndicatorFormPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    @Autowired
    IndicatorReader reader;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ActionService actions;

    @LocalServerPort
    int port;

    Organisation organisation;
    SmallPlan plan;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
    }

    @Test
    void ownerDefinesAnIndicatorWithEverythingAndItIsStoredAsTyped() throws Exception {
        long owner = testData.person(organisation, "Priya Shah");

        String location = submit("/plans/" + plan.planId() + "/indicators/new", Map.ofEntries(
                Map.entry("sectionId", String.valueOf(plan.sectionId())), Map.entry("code", " CP2 "),
                Map.entry("name", "Child protection plans lasting two years or more"),
                Map.entry("definition", "Children on a plan for two years or more, as a share of all on a plan"),
                Map.entry("unit", "PERCENTAGE"), Map.entry("polarity", "LOWER_IS_BETTER"), Map.entry("decimals", "1"),
                Map.entry("rangeLower", "left over, and ignored as not within a range"),
                Map.entry("yearToDateRule", "RATIO_OF_SUMS"), Map.entry("frequency", "QUARTERLY"),
                Map.entry("baselineLabel", "2016/17"), Map.entry("baselineMonth", "March 2017"),
                Map.entry("baselineValue", "6.1"), Map.entry("annualTarget", "3"), Map.entry("tolerance", "0.5"),
                Map.entry("dataOwnerPersonId", String.valueOf(owner)),
                Map.entry("benchmarks[0].yearLabel", "2024/25"), Map.entry("benchmarks[0].kind", "ENGLAND"),
                Map.entry("benchmarks[0].value", "3.7"), Map.entry("benchmarks[0].sourceNote", "DfE CIN census"),
                Map.entry("benchmarks[1].yearLabel", ""), Map.entry("benchmarks[1].kind", ""),
                Map.entry("benchmarks[2].yearLabel", "2024/25"), Map.entry("benchmarks[2].kind", "STATISTICAL_NEIGHBOURS"),
                Map.entry("benchmarks[2].value", "4.2"),
                Map.entry("milestones[0].date", "31/3/2026"), Map.entry("milestones[0].target", "4"),
                Map.entry("milestones[1].date", ""), Map.entry("milestones[1].target", ""),
                Map.entry("milestones[2].date", "2027-03-31"), Map.entry("milestones[2].target", "3"),
                Map.entry("monthlyTargets[0].month", "2025-06"), Map.entry("monthlyTargets[0].target", "5"),
                Map.entry("actionIds", String.valueOf(plan.actionId()))))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "Indicator CP2 added."))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/indicators/\\d+");
        IndicatorDetail detail = reader.detail(organisation.id(), Long.parseLong(location.substring(12)));
        Indicator indicator = detail.indicator();
        assertThat(indicator).isEqualTo(new Indicator(indicator.id(), plan.planId(), plan.sectionId(), "CP2",
                "Child protection plans lasting two years or more",
                "Children on a plan for two years or more, as a share of all on a plan", Unit.PERCENTAGE,
                Polarity.LOWER_IS_BETTER, null, null, 1, YearToDateRule.RATIO_OF_SUMS, Frequency.QUARTERLY, "2016/17",
                YearMonth.of(2017, 3), indicator.baselineValue(), indicator.annualTarget(), indicator.tolerance(), owner,
                false, 0));
        assertThat(indicator.baselineValue()).isEqualByComparingTo("6.1");
        assertThat(indicator.annualTarget()).isEqualByComparingTo("3");
        assertThat(indicator.tolerance()).isEqualByComparingTo("0.5");
        assertThat(detail.benchmarks()).extracting(Benchmark::yearLabel, Benchmark::kind, Benchmark::sourceNote)
                .containsExactlyInAnyOrder(tuple("2024/25", BenchmarkKind.ENGLAND, "DfE CIN census"),
                        tuple("2024/25", BenchmarkKind.STATISTICAL_NEIGHBOURS, null));
        assertThat(detail.milestones()).extracting(Milestone::date)
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2027, 3, 31));
        assertThat(detail.monthlyTargets()).extracting(MonthlyTarget::month).containsExactly(YearMonth.of(2025, 6));
        assertThat(detail.linkedActionIds()).containsExactly(plan.actionId());
    }

    @Test
    void newFormPreselectsTheSectionAndOffersThePlansChoicesWithTheRulesInWords() throws Exception {
        testData.person(organisation, "Priya Shah");
        long archived = testData.action(organisation, plan.planId(), plan.sectionId(), null, "1.2 i)", "Old action",
                "Dec 25");
        actions.remove(organisation.id(), plan.planId(), archived, 0);

        String page = page("/plans/" + plan.planId() + "/indicators/new?section=" + plan.sectionId());

        assertThat(page).contains("<option value=\"" + plan.sectionId() + "\" selected=\"selected\">1. Front door</option>",
                "value=\"" + plan.actionId() + "\"", "id=\"conditional-range\"", "/js/repeated-rows-")
                .doesNotContain("<script>", "style=\"", "onclick");
        assertThat(Html.text(page)).contains("Add an indicator", "Priya Shah", "1.1 i) Review the MASH",
                "Sum of numerators over sum of denominators",
                "Adds up the numerators and the denominators separately", "Benchmark 3", "Milestone 3",
                "Monthly target 3").doesNotContain("Old action", "Benchmark 4");
    }

    @Test
    void editFormShowsTheSavedRowsAndSavesTheChange() throws Exception {
        long indicatorId = indicators.define(organisation.id(), plan.planId(), definition(List.of(
                new Benchmark("2023/24", BenchmarkKind.ENGLAND, new BigDecimal("70"), "DfE"))));
        String path = "/indicators/" + indicatorId + "/edit";

        String page = page(path);
        assertThat(page).contains("value=\"2023/24\"", "value=\"DfE\"", "Benchmark 4");
        assertThat(Html.hiddenValue(page, "version")).isEqualTo("0");

        submit(path, Map.of("code", "A1", "name", "Renamed", "unit", "PERCENTAGE", "polarity", "WITHIN_RANGE",
                "rangeLower", "10", "rangeUpper", "20", "decimals", "0", "yearToDateRule", "LATEST",
                "frequency", "MONTHLY", "version", "0"))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/indicators/" + indicatorId))
                .andExpect(flash().attribute("banner", "Indicator A1 saved."));

        IndicatorDetail saved = reader.detail(organisation.id(), indicatorId);
        assertThat(saved.indicator().name()).isEqualTo("Renamed");
        assertThat(saved.indicator().polarity()).isEqualTo(Polarity.WITHIN_RANGE);
        assertThat(saved.indicator().rangeLower()).isEqualByComparingTo("10");
        assertThat(saved.indicator().sectionId()).as("none chosen: the whole plan").isNull();
        assertThat(saved.benchmarks()).as("rows left out are removed").isEmpty();
        assertThat(saved.indicator().version()).isEqualTo(1);
    }

    @Test
    void staleEditIsAConflictAndTheOtherChangeIsKept() throws Exception {
        long indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");
        String version = Html.hiddenValue(page("/indicators/" + indicatorId + "/edit"), "version");
        indicators.change(organisation.id(), indicatorId, 0, TestData.indicator(plan.sectionId(), "A1", "Their name"));

        String page = submit("/indicators/" + indicatorId + "/edit", Map.of("code", "A1", "name", "My name",
                "unit", "COUNT", "polarity", "HIGHER_IS_BETTER", "decimals", "0", "yearToDateRule", "SUM",
                "frequency", "MONTHLY", "version", version))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(Html.text(page)).contains("Someone else changed this", "Nothing has been overwritten");
        assertThat(reader.indicator(organisation.id(), indicatorId).name()).isEqualTo("Their name");
    }

    @Test
    void unreadableEntriesAreNamedInTheSummaryAndBesideTheFieldWithWhatWasTypedKept() throws Exception {
        String page = problem(submit("/plans/" + plan.planId() + "/indicators/new", Map.ofEntries(
                Map.entry("code", "A1"), Map.entry("name", "Assessments"), Map.entry("unit", "PERCENTAGE"),
                Map.entry("polarity", "HIGHER_IS_BETTER"), Map.entry("decimals", "one"),
                Map.entry("yearToDateRule", "SUM"), Map.entry("frequency", "MONTHLY"),
                Map.entry("baselineMonth", "Spring 2017"), Map.entry("annualTarget", "eighty"),
                Map.entry("benchmarks[0].yearLabel", ""), Map.entry("benchmarks[0].value", ""),
                Map.entry("benchmarks[1].yearLabel", "2024/25"), Map.entry("benchmarks[1].kind", "ENGLAND"),
                Map.entry("benchmarks[1].value", "n/a"),
                Map.entry("milestones[0].date", "31/3/2026"),
                Map.entry("monthlyTargets[0].month", "June"), Map.entry("monthlyTargets[0].target", "50"))));

        assertThat(Html.text(page)).contains("Enter the decimal places as a whole number",
                "Enter the baseline month as YYYY-MM, for example 2017-03",
                "Enter the annual target as a number",
                "Benchmark 1: enter the value as a number",
                "Milestone 1: enter the target",
                "Monthly target 1: enter the month as YYYY-MM");
        assertThat(page).contains("href=\"#decimals\"", "href=\"#annualTarget\"", "href=\"#benchmarks0.value\"",
                "href=\"#milestones0.target\"", "href=\"#monthlyTargets0.month\"", "id=\"benchmarks0.value\"",
                "id=\"benchmarks0.value-error\"", "value=\"eighty\"", "value=\"n/a\"", "value=\"Spring 2017\"",
                "value=\"31/3/2026\"", "<title>Error: Add an indicator");
        assertThat(reader.ofPlan(organisation.id(), plan.planId(), null, YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
                .isEmpty();
    }

    @Test
    void theServicesProblemsAreShownAgainstTheFieldsNamingTheRow() throws Exception {
        testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");

        String page = problem(submit("/plans/" + plan.planId() + "/indicators/new", Map.ofEntries(
                Map.entry("code", "a1"), Map.entry("name", ""), Map.entry("unit", "PERCENTAGE"),
                Map.entry("polarity", "WITHIN_RANGE"), Map.entry("rangeLower", "20"),
                Map.entry("yearToDateRule", "SUM"), Map.entry("frequency", "MONTHLY"), Map.entry("decimals", "7"),
                Map.entry("benchmarks[0].yearLabel", "2024/25"), Map.entry("benchmarks[0].kind", "ENGLAND"),
                Map.entry("benchmarks[0].value", "1"),
                Map.entry("benchmarks[2].yearLabel", "2024/25"), Map.entry("benchmarks[2].kind", "ENGLAND"),
                Map.entry("benchmarks[2].value", "2"),
                Map.entry("benchmarks[3].yearLabel", "2025/26"), Map.entry("benchmarks[3].value", "2"))));

        assertThat(Html.text(page)).contains("Enter the indicator's name", "Enter the upper bound of the range",
                "Decimals must be a whole number from 0 to 4", "Another indicator of this plan has the code a1",
                "Benchmark 2: this year already has a benchmark of this kind",
                "Benchmark 3: choose whom the benchmark compares with");
        assertThat(page).contains("href=\"#name\"", "href=\"#rangeUpper\"", "href=\"#benchmarks1.yearLabel\"",
                "href=\"#benchmarks2.kind\"", "value=\"2025/26\"");
        assertThat(reader.ofPlan(organisation.id(), plan.planId(), null, YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
                .extracting(row -> row.indicator().code()).containsExactly("A1");
    }

    @Test
    void ownerArchivesAnIndicatorAfterConfirmingAndItCanNoLongerBeEdited() throws Exception {
        long indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");
        String path = "/indicators/" + indicatorId + "/archive";

        String confirmation = page(path);
        assertThat(Html.text(confirmation)).contains("Archive indicator A1?", "Indicator A1", "Its values, notes and history are kept");

        submit(path, Map.of("version", Html.hiddenValue(confirmation, "version")))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/plans/" + plan.planId() + "/sections/" + plan.sectionId()))
                .andExpect(flash().attribute("banner", "Indicator A1 archived: it no longer appears in the plan, and its values are kept."));

        assertThat(reader.indicator(organisation.id(), indicatorId).archived()).isTrue();
        mvc.perform(get("/indicators/" + indicatorId + "/edit").with(owner())).andExpect(status().isNotFound());
        submit(path, Map.of("version", "1")).andExpect(status().isNotFound());
    }

    @Test
    void staleArchiveConfirmationArchivesNothing() throws Exception {
        long indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");
        String version = Html.hiddenValue(page("/indicators/" + indicatorId + "/archive"), "version");
        indicators.change(organisation.id(), indicatorId, 0, TestData.indicator(plan.sectionId(), "A1", "Their name"));

        submit("/indicators/" + indicatorId + "/archive", Map.of("version", version)).andExpect(status().isConflict());

        assertThat(reader.indicator(organisation.id(), indicatorId).archived()).isFalse();
    }

    @Test
    void viewersGetTheForbiddenPageAndNothingIsSaved() {
        long indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");
        WebSession viewer = new WebSession(port).signIn(organisation.username(Role.VIEWER), TestData.PASSWORD);
        Map<String, String> fields = Map.of("code", "V1", "name", "Viewer's", "unit", "COUNT",
                "polarity", "HIGHER_IS_BETTER", "decimals", "0", "yearToDateRule", "SUM", "frequency", "MONTHLY",
                "version", "0");

        List<WebSession.Page> pages = List.of(viewer.get("/plans/" + plan.planId() + "/indicators/new"),
                viewer.post("/plans/" + plan.planId() + "/indicators/new", fields),
                viewer.get("/indicators/" + indicatorId + "/edit"),
                viewer.post("/indicators/" + indicatorId + "/edit", fields),
                viewer.get("/indicators/" + indicatorId + "/archive"),
                viewer.post("/indicators/" + indicatorId + "/archive", Map.of("version", "0")));

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.body()).contains("You cannot do that");
        });
        Indicator unchanged = reader.indicator(organisation.id(), indicatorId);
        assertThat(unchanged.name()).isEqualTo("Indicator A1");
        assertThat(unchanged.archived()).isFalse();
        assertThat(reader.ofPlan(organisation.id(), plan.planId(), null, YearMonth.of(2025, 1), YearMonth.of(2025, 1)))
                .hasSize(1);
    }

    @Test
    void anotherOrganisationsPlanAndIndicatorAreNotFound() throws Exception {
        long indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");
        Organisation other = testData.organisation();
        RequestPostProcessor ownerOfOther = user(users.loadUserByUsername(other.username(Role.PLAN_OWNER)));

        for (String path : List.of("/plans/" + plan.planId() + "/indicators/new", "/indicators/" + indicatorId + "/edit",
                "/indicators/" + indicatorId + "/archive")) {
            mvc.perform(get(path).with(ownerOfOther)).andExpect(status().isNotFound());
            mvc.perform(post(path).with(ownerOfOther).with(csrf()).param("code", "B1").param("name", "Theirs")
                    .param("unit", "COUNT").param("polarity", "HIGHER_IS_BETTER").param("decimals", "0")
                    .param("yearToDateRule", "SUM").param("frequency", "MONTHLY").param("version", "0"))
                    .andExpect(status().isNotFound());
        }

        Indicator unchanged = reader.indicator(organisation.id(), indicatorId);
        assertThat(unchanged.name()).isEqualTo("Indicator A1");
        assertThat(unchanged.archived()).isFalse();
    }

    @Test
    void planAndSectionPagesOfferEditorsToAddAnIndicator() throws Exception {
        String overview = "/plans/" + plan.planId();
        String section = overview + "/sections/" + plan.sectionId();
        RequestPostProcessor viewer = user(users.loadUserByUsername(organisation.username(Role.VIEWER)));

        assertThat(page(overview)).contains("href=\"" + overview + "/indicators/new\"");
        assertThat(page(section)).contains("href=\"" + overview + "/indicators/new?section=" + plan.sectionId() + "\"");
        for (String path : List.of(overview, section)) {
            assertThat(mvc.perform(get(path).with(viewer)).andReturn().getResponse().getContentAsString())
                    .doesNotContain("/indicators/new");
        }
    }

    private static IndicatorDefinition definition(List<Benchmark> benchmarks) {
        IndicatorDefinition base = TestData.indicator(null, "A1", "Indicator A1");
        return new IndicatorDefinition(base.sectionId(), base.code(), base.name(), base.definition(), base.unit(),
                base.polarity(), null, null, base.decimals(), base.yearToDateRule(), base.frequency(),
                base.baselineLabel(), null, base.baselineValue(), base.annualTarget(), base.tolerance(), null,
                benchmarks, List.of(), List.of(), List.of());
    }

    private ResultActions submit(String path, Map<String, String> fields) throws Exception {
        var request = post(path).with(owner()).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** The form shown again with the GOV.UK error summary. */
    private static String problem(ResultActions result) throws Exception {
        String page = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "There is a problem");
        return page;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(owner())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor owner() {
        return user(users.loadUserByUsername(organisation.username(Role.PLAN_OWNER)));
    }
}
