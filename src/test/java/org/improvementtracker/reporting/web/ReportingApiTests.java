package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.improvementtracker.reporting.web.ApiProblems.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.RatedPlans;
import org.improvementtracker.reporting.UpdateService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The reporting cycle through the API: periods moved on with versions, leads' updates, problems that name the field. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ReportingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    RatedPlans rated;

    @Autowired
    PeriodService periods;

    @Autowired
    UpdateService updates;

    @Autowired
    PlanReader reader;

    Organisation organisation;
    long planId;
    long sectionId;
    long actionId;

    @BeforeEach
    void plan() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        sectionId = testData.section(organisation, planId, "1", "Front door");
        actionId = rated.actionLedBy(organisation, planId, sectionId, Role.CONTRIBUTOR);
    }

    // Periods

    @Test
    void periodsAreAPlainArrayOldestFirst() throws Exception {
        Period may = rated.planned(organisation, planId, RatedPlans.month(1));
        Period april = rated.open(organisation, planId, RatedPlans.month(0));

        mvc.perform(get("/api/plans/" + planId + "/periods").with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].id", contains((int) april.id(), (int) may.id())))
                .andExpect(jsonPath("$[0].label").value("April 2025"))
                .andExpect(jsonPath("$[0].startsOn").value("2025-04-01"))
                .andExpect(jsonPath("$[0].endsOn").value("2025-04-30"))
                .andExpect(jsonPath("$[0].deadline").value("2025-05-05"))
                .andExpect(jsonPath("$[0].state").value("OPEN"))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[1].state").value("PLANNED"));
    }

    @Test
    void ownerCreatesAPeriodAnswered201WithItsLocation() throws Exception {
        String location = mvc.perform(post("/api/plans/" + planId + "/periods").with(as(Role.PLAN_OWNER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"label": "Q1 2026/27", "startsOn": "2026-04-01", "endsOn": "2026-06-30",
                                 "deadline": "2026-07-07"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/plans/" + planId + "/periods/")))
                .andExpect(jsonPath("$.label").value("Q1 2026/27"))
                .andExpect(jsonPath("$.state").value("PLANNED"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("Q1 2026/27"))
                .andExpect(jsonPath("$.deadline").value("2026-07-07"));
    }

    @Test
    void periodWithoutItsFieldsIsRefusedNamingEachOne() throws Exception {
        problem(createPeriod("{}"), 400)
                .andExpect(jsonPath("$.errors[*].field", contains("label", "startsOn", "endsOn", "deadline")));
        problem(createPeriod("""
                {"label": "Backwards", "startsOn": "2026-05-31", "endsOn": "2026-05-01", "deadline": "2026-06-05"}"""), 400)
                .andExpect(jsonPath("$.errors[*].field", contains("endsOn")));
        problem(createPeriod("""
                {"label": "May", "startsOn": "2026-02-31", "endsOn": "2026-05-31", "deadline": "2026-06-05"}"""), 400)
                .andExpect(jsonPath("$.title").value("Unreadable request"))
                .andExpect(jsonPath("$.errors[0].field").value("startsOn"));

        assertThat(periods.periods(organisation.id(), planId)).isEmpty();
    }

    @Test
    void overlappingPeriodIsRefusedNamingTheOneItOverlaps() throws Exception {
        rated.planned(organisation, planId, RatedPlans.month(0));

        problem(createPeriod("""
                {"label": "Mid April", "startsOn": "2025-04-15", "endsOn": "2025-05-14", "deadline": "2025-05-20"}"""), 400)
                .andExpect(jsonPath("$.errors[0].field").value("startsOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("April 2025")));
    }

    @Test
    void periodMovesOnWithTheVersionReadAndReopensOnlyWithAReason() throws Exception {
        Period april = rated.planned(organisation, planId, RatedPlans.month(0));
        String path = "/api/plans/" + planId + "/periods/" + april.id();

        move(path + "/open", "{\"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN")).andExpect(jsonPath("$.version").value(1));
        move(path + "/review", "{\"version\": 1}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_REVIEW")).andExpect(jsonPath("$.version").value(2));
        move(path + "/close", "{\"version\": 2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED")).andExpect(jsonPath("$.version").value(3));
        problem(move(path + "/reopen", "{\"version\": 3, \"reason\": \"  \"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        move(path + "/reopen", "{\"version\": 3, \"reason\": \"A late update from the MASH\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN")).andExpect(jsonPath("$.version").value(4));

        assertThat(periods.events(organisation.id(), planId, april.id()))
                .extracting(event -> event.to() + " " + event.reason())
                .containsExactly("OPEN null", "IN_REVIEW null", "CLOSED null", "OPEN A late update from the MASH");
    }

    @Test
    void aReopeningReasonIsAtMostTwoThousandCharactersAsOnThePage() throws Exception {
        Period april = rated.close(organisation, rated.open(organisation, planId, RatedPlans.month(0)));
        String path = "/api/plans/" + planId + "/periods/" + april.id();

        problem(move(path + "/reopen", "{\"version\": " + april.version() + ", \"reason\": \"" + "x".repeat(2_001)
                + "\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertThat(rated.period(organisation, planId, april.id()).state()).isEqualTo(PeriodState.CLOSED);
    }

    @Test
    void staleMissingOrIllegalMovesAreRefused() throws Exception {
        Period april = rated.planned(organisation, planId, RatedPlans.month(0));
        String path = "/api/plans/" + planId + "/periods/" + april.id();

        problem(move(path + "/open", "{\"version\": 7}"), 409)
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        problem(move(path + "/open", "{}"), 400).andExpect(jsonPath("$.errors[0].field").value("version"));
        problem(move(path + "/open", "{\"version\": \"first\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        problem(move(path + "/close", "{\"version\": 0}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("state"))
                .andExpect(jsonPath("$.errors[0].message").value("A period that is planned cannot be moved to closed"));

        assertThat(rated.period(organisation, planId, april.id()).state()).isEqualTo(PeriodState.PLANNED);
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR"})
    void onlyOwnersCreateAndMovePeriods(Role role) throws Exception {
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        String path = "/api/plans/" + planId + "/periods";

        problem(mvc.perform(post(path).with(as(role)).contentType(MediaType.APPLICATION_JSON).content("""
                {"label": "May", "startsOn": "2025-05-01", "endsOn": "2025-05-31", "deadline": "2025-06-05"}""")), 403)
                .andExpect(jsonPath("$.title").value("Not allowed"));
        for (String move : List.of("open", "review", "close", "reopen")) {
            problem(mvc.perform(post(path + "/" + april.id() + "/" + move).with(as(role))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1, \"reason\": \"x\"}")), 403);
        }

        assertThat(periods.periods(organisation.id(), planId)).containsExactly(april);
    }

    // Updates

    @Test
    void leadSavesADraftThenSubmitsItWithTheVersionReturned() throws Exception {
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        String path = updatePath(april);

        int version = readVersion(putUpdate(path, Role.CONTRIBUTOR, """
                {"rating": 2, "text": "Started the audit", "evidence": "", "submit": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actionId").value(actionId))
                .andExpect(jsonPath("$.periodId").value(april.id()))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.proposedRating").value(2))
                .andExpect(jsonPath("$.text").value("Started the audit"))
                .andExpect(jsonPath("$.evidence").value(nullValue()))
                .andExpect(jsonPath("$.author").value("Contributor of " + organisation.name()))
                .andExpect(jsonPath("$.submittedAt").value(nullValue()))
                .andExpect(jsonPath("$.version").value(0)));

        putUpdate(path, Role.CONTRIBUTOR, """
                {"rating": 3, "text": "Audit done", "evidence": "12 of 15 audits good", "submit": true, "version": %d}"""
                .formatted(version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.rating").value(3))
                .andExpect(jsonPath("$.evidence").value("12 of 15 audits good"))
                .andExpect(jsonPath("$.submittedAt").isNotEmpty())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get("/api/plans/" + planId + "/scores?period=" + april.id()).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.plan.score").value(3.0))
                .andExpect(jsonPath("$.sections[0].distribution.3").value(1));
    }

    @Test
    void staleUpdateIsAConflictShowingWhatIsThereNow() throws Exception {
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        rated.returned(organisation, april, actionId, 3);

        problem(putUpdate(updatePath(april), Role.CONTRIBUTOR, """
                {"rating": 2, "text": "My older copy", "submit": true, "version": 0}"""), 409)
                .andExpect(jsonPath("$.current", hasItem(startsWith("Returned for changes, last saved by Plan owner of "))))
                .andExpect(jsonPath("$.current", hasItem("Moderator's comment: Add the evidence")));
        problem(putUpdate(updatePath(april), Role.CONTRIBUTOR, "{\"rating\": 2, \"text\": \"No version\"}"), 409);

        assertThat(updates.update(organisation.id(), actionId, april.id()).orElseThrow().text())
                .isEqualTo("To be returned");
    }

    @Test
    void invalidUpdatesAreRefusedNamingTheField() throws Exception {
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        String path = updatePath(april);

        problem(putUpdate(path, Role.CONTRIBUTOR, "{\"rating\": 9, \"text\": \"Too high\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("rating"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose a rating from 1 to 5"));
        problem(putUpdate(path, Role.CONTRIBUTOR, "{\"submit\": true, \"text\": \" \"}"), 400)
                .andExpect(jsonPath("$.errors[*].field", contains("rating", "text")));
        problem(putUpdate(path, Role.CONTRIBUTOR, "{\"rating\": \"three\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("rating"))
                .andExpect(content().string(not(containsString("tools.jackson"))));
        problem(putUpdate(path, Role.CONTRIBUTOR, "{\"text\": \"" + "x".repeat(10_001) + "\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("text"));

        assertThat(updates.update(organisation.id(), actionId, april.id())).isEmpty();
    }

    @Test
    void closedPeriodRefusesUpdatesNamingThePeriod() throws Exception {
        Period april = rated.closedWith(organisation, planId, RatedPlans.month(0), List.of(actionId), 2);

        problem(putUpdate(updatePath(april), Role.PLAN_OWNER, """
                {"rating": 3, "text": "Too late", "submit": true, "version": 0}"""), 400)
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value("April 2025 is closed and locked: updates can no longer be changed"));

        assertThat(updates.update(organisation.id(), actionId, april.id()).orElseThrow().rating()).isEqualTo(2);
    }

    @Test
    void viewersAndOtherContributorsMayNotWriteUpdates() throws Exception {
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        long notTheirs = testData.action(organisation, planId, sectionId, null, "1.9", "Someone else's", null);

        problem(putUpdate(updatePath(april), Role.VIEWER, "{\"rating\": 3, \"text\": \"Viewer\"}"), 403);
        problem(mvc.perform(put("/api/plans/" + planId + "/actions/" + notTheirs + "/updates/" + april.id())
                .with(as(Role.CONTRIBUTOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 3, \"text\": \"Not mine\"}")), 403)
                .andExpect(jsonPath("$.detail", containsString("contributors write updates only for the actions they lead")));

        assertThat(updates.update(organisation.id(), actionId, april.id())).isEmpty();
        assertThat(updates.update(organisation.id(), notTheirs, april.id())).isEmpty();
    }

    @Test
    void anotherOrganisationsPlansAndPeriodsAreNotFound() throws Exception {
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        Organisation other = testData.organisation();
        long theirPlan = testData.plan(other, PlanStatus.ACTIVE);
        long theirSection = testData.section(other, theirPlan, "1", "Theirs");
        long theirAction = rated.actionLedBy(other, theirPlan, theirSection, Role.CONTRIBUTOR);
        String asOther = other.username(Role.PLAN_OWNER);

        for (MockHttpServletRequestBuilder request : List.of(
                get("/api/plans/" + planId + "/periods"),
                get("/api/plans/" + planId + "/periods/" + april.id()),
                get("/api/plans/" + theirPlan + "/periods/" + april.id()),
                get("/api/plans/" + planId + "/scores?period=" + april.id()),
                get("/api/plans/" + planId + "/scores"),
                get("/api/plans/" + theirPlan + "/scores?period=" + april.id()),
                post("/api/plans/" + planId + "/periods").contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/api/plans/" + theirPlan + "/periods/" + april.id() + "/close")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"),
                post("/api/plans/" + planId + "/periods/" + april.id() + "/reopen")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 1}"),
                put("/api/plans/" + theirPlan + "/actions/" + theirAction + "/updates/" + april.id())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rating\": 3, \"text\": \"x\"}"),
                put("/api/plans/" + theirPlan + "/actions/" + actionId + "/updates/" + april.id())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rating\": 3, \"text\": \"x\"}"))) {
            problem(mvc.perform(request.with(httpBasic(asOther, TestData.PASSWORD))), 404)
                    .andExpect(jsonPath("$.title").value("Not found"))
                    .andExpect(content().string(not(containsString("April 2025"))));
        }

        assertThat(rated.period(organisation, planId, april.id()).state()).isEqualTo(PeriodState.OPEN);
        assertThat(updates.update(organisation.id(), actionId, april.id())).isEmpty();
    }

    private String updatePath(Period period) {
        return "/api/plans/" + planId + "/actions/" + actionId + "/updates/" + period.id();
    }

    private ResultActions putUpdate(String path, Role role, String json) throws Exception {
        return mvc.perform(put(path).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions createPeriod(String json) throws Exception {
        return mvc.perform(post("/api/plans/" + planId + "/periods").with(as(Role.PLAN_OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions move(String path, String json) throws Exception {
        return mvc.perform(post(path).with(as(Role.PLAN_OWNER)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static int readVersion(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return Integer.parseInt(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
    }

    private RequestPostProcessor as(Role role) {
        return httpBasic(organisation.username(role), TestData.PASSWORD);
    }
}
