package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;

import com.jayway.jsonpath.JsonPath;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The indicators API: a plan's table for a month, one indicator whole, defining and entering values. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class IndicatorApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    IndicatorReader reader;

    Organisation organisation;
    SmallPlan plan;
    long indicatorId;

    @BeforeEach
    void indicator() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "A1");
    }

    @Test
    void definedIndicatorAnswers201WithItsLocationAndWhole() throws Exception {
        long owner = testData.person(organisation, "Priya Shah");

        String location = define(plan.planId(), """
                {"code": "CP2", "name": "Child protection plans lasting two years or more", "unit": "PERCENTAGE",
                 "polarity": "LOWER_IS_BETTER", "decimals": 1, "yearToDateRule": "RATIO_OF_SUMS",
                 "baselineLabel": "2016/17", "baselineMonth": "2017-03", "baselineValue": 6.1, "annualTarget": 3,
                 "tolerance": 0.5, "sectionId": %d, "dataOwnerPersonId": %d, "actionIds": [%d],
                 "benchmarks": [{"yearLabel": "2024/25", "kind": "ENGLAND", "value": 3.7, "sourceNote": "DfE CIN census"}],
                 "trajectory": [{"date": "2026-03-31", "target": 3}],
                 "monthlyTargets": [{"month": "2025-06", "target": 5}]}"""
                .formatted(plan.sectionId(), owner, plan.actionId()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/indicators/")))
                .andExpect(jsonPath("$.indicator.code").value("CP2"))
                .andExpect(jsonPath("$.indicator.polarity").value("LOWER_IS_BETTER"))
                .andExpect(jsonPath("$.indicator.frequency").value("MONTHLY"))
                .andExpect(jsonPath("$.indicator.baseline.label").value("2016/17"))
                .andExpect(jsonPath("$.indicator.baseline.month").value("2017-03"))
                .andExpect(jsonPath("$.indicator.dataOwnerPersonId").value(owner))
                .andExpect(jsonPath("$.benchmarks[0].kind").value("ENGLAND"))
                .andExpect(jsonPath("$.benchmarks[0].sourceNote").value("DfE CIN census"))
                .andExpect(jsonPath("$.trajectory[0].date").value("2026-03-31"))
                .andExpect(jsonPath("$.monthlyTargets[0].month").value("2025-06"))
                .andExpect(jsonPath("$.linkedActionIds", contains((int) plan.actionId())))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.name").value("Child protection plans lasting two years or more"));
    }

    @Test
    void invalidDefinitionIsRefusedNamingTheFields() throws Exception {
        problem(define(plan.planId(), """
                {"code": "A1", "name": "", "unit": "NUMBER", "polarity": "WITHIN_RANGE", "rangeLower": 20,
                 "rangeUpper": 10, "decimals": 9}"""), 400)
                .andExpect(jsonPath("$.errors[*].field", contains("name", "rangeUpper", "decimals", "code")));
        problem(define(plan.planId(), "{\"code\": \"B1\", \"name\": \"x\", \"unit\": \"PERCENT\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("unit"));

        assertThat(reader.ofPlan(organisation.id(), plan.planId(), null, YearMonth.of(2025, 1),
                YearMonth.of(2025, 1))).hasSize(1);
    }

    @Test
    void planTableShowsSixMonthsUpToTheChosenOneWithGapsAsNull() throws Exception {
        putValue("2025-05", "{\"numerator\": 45, \"denominator\": 60}").andExpect(status().isOk());
        putValue("2025-07", "{\"note\": \"Data not yet published\"}").andExpect(status().isOk());
        putValue("2025-09", "{\"value\": 90}").andExpect(status().isOk());

        mvc.perform(get("/api/plans/" + plan.planId() + "/indicators").param("month", "2025-08").with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(indicatorId))
                .andExpect(jsonPath("$[0].code").value("A1"))
                .andExpect(jsonPath("$[0].unit").value("PERCENTAGE"))
                .andExpect(jsonPath("$[0].months[*].month",
                        contains("2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08")))
                .andExpect(jsonPath("$[0].months[2].value").value(75.0))
                .andExpect(jsonPath("$[0].months[2].version").value(0))
                .andExpect(jsonPath("$[0].months[3].value").value(nullValue()))
                .andExpect(jsonPath("$[0].months[3].version").value(nullValue()))
                .andExpect(jsonPath("$[0].months[4].value").value(nullValue()))
                .andExpect(jsonPath("$[0].months[4].note").value("Data not yet published"))
                .andExpect(jsonPath("$[0].months[*].value", not(hasItem(90.0))));
    }

    @Test
    void planTableComputesYearToDateDirectionTargetAndStatus() throws Exception {
        String created = define(plan.planId(), """
                {"code": "C1", "name": "Assessments in 45 days", "unit": "PERCENTAGE", "polarity": "HIGHER_IS_BETTER",
                 "yearToDateRule": "RATIO_OF_SUMS", "annualTarget": 80, "tolerance": 2,
                 "benchmarks": [{"yearLabel": "2024/25", "kind": "ENGLAND", "value": 82.1, "sourceNote": "DfE CIN"}]}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.indicator.id")).longValue();
        putValue(id, "2025-04", "{\"numerator\": 30, \"denominator\": 40}").andExpect(status().isBadRequest());
        putValue(id, "2025-04", "{\"numerator\": 30, \"denominator\": 40, \"note\": \"Two teams short\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target").value(80.0))
                .andExpect(jsonPath("$.status").value("MISSED"));
        putValue(id, "2025-05", "{\"numerator\": 45, \"denominator\": 50}").andExpect(status().isOk());

        mvc.perform(get("/api/plans/" + plan.planId() + "/indicators").param("month", "2025-05").with(as(Role.VIEWER)))
                .andExpect(jsonPath("$[1].standing.latestDisplay").value("90.0%"))
                .andExpect(jsonPath("$[1].standing.yearToDate.display").value("83.3%"))
                .andExpect(jsonPath("$[1].standing.yearToDate.monthsMissing").value(0))
                .andExpect(jsonPath("$[1].standing.direction.value").value("IMPROVING"))
                .andExpect(jsonPath("$[1].standing.direction.symbol").value("↑"))
                .andExpect(jsonPath("$[1].standing.targetInForce.value").value(80.0))
                .andExpect(jsonPath("$[1].standing.targetInForce.source").value("ANNUAL"))
                .andExpect(jsonPath("$[1].standing.status.label").value("Met"))
                .andExpect(jsonPath("$[1].standing.benchmarks[0].display").value("82.1%"));
        mvc.perform(get("/api/plans/" + plan.planId() + "/indicators").param("month", "2025-06").with(as(Role.VIEWER)))
                .andExpect(jsonPath("$[1].standing.latestValue").value(nullValue()))
                .andExpect(jsonPath("$[1].standing.yearToDate.monthsMissing").value(1))
                .andExpect(jsonPath("$[1].standing.direction.value").value("NOT_COMPARABLE"))
                .andExpect(jsonPath("$[1].standing.status.value").value("NO_DATA"));
        mvc.perform(get("/api/plans/" + plan.planId() + "/indicators").with(as(Role.VIEWER)))
                .andExpect(jsonPath("$[1].standing.month").value("2025-05"))
                .andExpect(jsonPath("$[1].standing.latestDisplay").value("90.0%"));
        mvc.perform(get("/api/indicators/" + id).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.indicator.standing.month").value("2025-05"));
        mvc.perform(get("/api/indicators/" + id).param("month", "2025-05").with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.indicator.months[*].status", contains("MISSED", "MET")))
                .andExpect(jsonPath("$.indicator.standing.yearToDate.display").value("83.3%"));
    }

    @Test
    void sectionFilterShowsOnlyThatSectionsIndicators() throws Exception {
        long other = testData.section(organisation, plan.planId(), "2", "Care leavers");
        testData.indicator(organisation, plan.planId(), other, "B1");

        mvc.perform(get("/api/plans/" + plan.planId() + "/indicators").param("month", "2025-08")
                        .param("section", String.valueOf(other)).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$[*].code", contains("B1")));
    }

    @Test
    void valueIsSavedThenNeedsItsVersionAndAStaleOneIsAConflict() throws Exception {
        putValue("2025-05", "{\"value\": 70}").andExpect(jsonPath("$.version").value(0));
        putValue("2025-05", "{\"value\": 72, \"note\": \"Corrected\", \"version\": 0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2025-05"))
                .andExpect(jsonPath("$.value").value(72.0))
                .andExpect(jsonPath("$.note").value("Corrected"))
                .andExpect(jsonPath("$.version").value(1));

        problem(putValue("2025-05", "{\"value\": 1, \"version\": 0}"), 409)
                .andExpect(jsonPath("$.title").value("Changed by someone else"));

        mvc.perform(get("/api/indicators/" + indicatorId).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.indicator.months[0].value").value(72.0))
                .andExpect(jsonPath("$.history", hasSize(2)))
                .andExpect(jsonPath("$.history[0].before").value(nullValue()))
                .andExpect(jsonPath("$.history[1].before.value").value(70.0))
                .andExpect(jsonPath("$.history[1].after.value").value(72.0))
                .andExpect(jsonPath("$.history[1].enteredBy").value("Plan owner of " + organisation.name()));
    }

    @Test
    void monthOutsideThePlanAndHalfARatioAreRefusedNamingTheField() throws Exception {
        problem(putValue("2030-01", "{\"value\": 70}"), 400).andExpect(jsonPath("$.errors[0].field").value("month"));
        problem(putValue("2025-05", "{\"numerator\": 7}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("denominator"));
        problem(putValue("2025-05", "{\"value\": \"lots\"}"), 400).andExpect(jsonPath("$.errors[0].field").value("value"));
        problem(putValue("May-2025", "{\"value\": 70}"), 400);

        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR"})
    void viewersAndContributorsCannotDefineOrEnter(Role role) throws Exception {
        problem(mvc.perform(put("/api/indicators/" + indicatorId + "/values/2025-05").with(as(role))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 70}")), 403);
        problem(mvc.perform(post("/api/plans/" + plan.planId() + "/indicators").with(as(role))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"Z9\", \"name\": \"x\", \"unit\": \"COUNT\","
                        + " \"polarity\": \"HIGHER_IS_BETTER\"}")), 403);

        assertThat(reader.detail(organisation.id(), indicatorId).values()).isEmpty();
        assertThat(reader.ofPlan(organisation.id(), plan.planId(), null, YearMonth.of(2025, 1),
                YearMonth.of(2025, 1))).hasSize(1);
    }

    @Test
    void changedDefinitionNeedsTheVersionRead() throws Exception {
        String json = """
                {"code": "A1", "name": "Renamed", "unit": "COUNT", "polarity": "LOWER_IS_BETTER", "version": %d}""";

        mvc.perform(put("/api/indicators/" + indicatorId).with(as(Role.ADMINISTRATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(json.formatted(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator.name").value("Renamed"))
                .andExpect(jsonPath("$.indicator.version").value(1));
        problem(mvc.perform(put("/api/indicators/" + indicatorId).with(as(Role.ADMINISTRATOR))
                .contentType(MediaType.APPLICATION_JSON).content(json.formatted(0))), 409);
    }

    @Test
    void anotherOrganisationsPlanAndIndicatorAreNotFound() throws Exception {
        Organisation other = testData.organisation();
        SmallPlan theirPlan = testData.smallPlan(other, PlanStatus.ACTIVE);
        long theirs = testData.indicator(other, theirPlan.planId(), null, "SECRET-CODE");

        problem(mvc.perform(get("/api/indicators/" + theirs).with(as(Role.PLAN_OWNER))), 404)
                .andExpect(content().string(not(containsString("SECRET-CODE"))));
        problem(mvc.perform(get("/api/plans/" + theirPlan.planId() + "/indicators").with(as(Role.PLAN_OWNER))), 404);
        problem(putValue(theirs, "2025-05", "{\"value\": 70}"), 404);
        problem(define(theirPlan.planId(), "{\"code\": \"Z9\", \"name\": \"x\"}"), 404);

        assertThat(reader.detail(other.id(), theirs).values()).isEmpty();
    }

    private ResultActions define(long planId, String json) throws Exception {
        return mvc.perform(post("/api/plans/" + planId + "/indicators").with(as(Role.PLAN_OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions putValue(String month, String json) throws Exception {
        return putValue(indicatorId, month, json);
    }

    private ResultActions putValue(long indicator, String month, String json) throws Exception {
        return mvc.perform(put("/api/indicators/" + indicator + "/values/" + month).with(as(Role.PLAN_OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** An RFC 9457 problem detail with this status, and nothing of the server's insides. */
    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private RequestPostProcessor as(Role role) {
        return httpBasic(organisation.username(role), TestData.PASSWORD);
    }
}
