package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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

import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.PlanTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON API beside the pages: plans as plain JSON, changes guarded by version, errors as problem details. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class PlanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    PlanReader reader;

    @Autowired
    ActionService actions;

    Organisation organisation;
    SmallPlan plan;
    long secondAction;
    long unparsedAction;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        secondAction = actions.add(organisation.id(), plan.planId(), new ActionDetails(plan.sectionId(),
                plan.outcomeId(), "1.1 ii)", "Train staff", null, null, "Dec 25", null, List.of("1.1 i)")));
        unparsedAction = actions.add(organisation.id(), plan.planId(), new ActionDetails(plan.sectionId(), null,
                "1.2", "Recruit managers", null, null, "TBC", null, List.of()));
    }

    // Reading

    @Test
    void plansAreAPlainArrayOfThisOrganisationsPlansOnly() throws Exception {
        long draft = testData.plan(organisation, PlanStatus.DRAFT);
        Organisation other = testData.organisation();
        String otherTitle = reader.plan(other.id(), testData.plan(other, PlanStatus.ACTIVE)).title();
        Plan active = reader.plan(organisation.id(), plan.planId());

        mvc.perform(get("/api/plans").with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].id", contains((int) plan.planId(), (int) draft)))
                .andExpect(jsonPath("$[0].title").value(active.title()))
                .andExpect(jsonPath("$[0].versionLabel").value("v1"))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].startsOn").value("2025-04-01"))
                .andExpect(jsonPath("$[0].endsOn").value("2027-03-31"))
                .andExpect(jsonPath("$[0].version").value(0))
                .andExpect(jsonPath("$[1].status").value("DRAFT"))
                .andExpect(content().string(not(containsString(otherTitle))));
    }

    @Test
    void planIsTheWholeTreeFromSectionsToSuccessMeasures() throws Exception {
        String action = "$.sections[0].outcomes[0].actions[0]";

        mvc.perform(get("/api/plans/" + plan.planId()).with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(plan.planId()))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.ratingScale").value("PROGRESS_5"))
                .andExpect(jsonPath("$.sectionLabel").value("Priority"))
                .andExpect(jsonPath("$.sections", hasSize(1)))
                .andExpect(jsonPath("$.sections[0].id").value(plan.sectionId()))
                .andExpect(jsonPath("$.sections[0].number").value("1"))
                .andExpect(jsonPath("$.sections[0].title").value("Front door"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].id").value(plan.outcomeId()))
                .andExpect(jsonPath("$.sections[0].outcomes[0].number").value("1.1"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].text").value("Children get help early"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].sourceTags", contains("Ofsted recommendation 1")))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[*].reference", contains("1.1 i)", "1.1 ii)")))
                .andExpect(jsonPath(action + ".id").value(plan.actionId()))
                .andExpect(jsonPath(action + ".description").value("Review the MASH"))
                .andExpect(jsonPath(action + ".timescaleText").value("Sept 25 - Jan 26"))
                .andExpect(jsonPath(action + ".dueDate").value("2026-01-31"))
                .andExpect(jsonPath(action + ".timescaleParsed").value(true))
                .andExpect(jsonPath(action + ".timescaleProblem").value(nullValue()))
                .andExpect(jsonPath(action + ".version").value(0))
                .andExpect(jsonPath(action + ".successMeasures", hasSize(1)))
                .andExpect(jsonPath(action + ".successMeasures[0].id").value(plan.measureId()))
                .andExpect(jsonPath(action + ".successMeasures[0].text").value("80% of contacts decided within 24 hours"))
                .andExpect(jsonPath(action + ".successMeasures[0].targetValue").value(80.0))
                .andExpect(jsonPath(action + ".successMeasures[0].targetUnit").value("%"))
                .andExpect(jsonPath(action + ".successMeasures[0].targetDate").value("2027-03-31"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[1].crossReferences", contains("1.1 i)")))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[1].dueDate").value("2025-12-31"))
                .andExpect(jsonPath("$.sections[0].actions[0].id").value(unparsedAction))
                .andExpect(jsonPath("$.sections[0].actions[0].timescaleText").value("TBC"))
                .andExpect(jsonPath("$.sections[0].actions[0].dueDate").value(nullValue()))
                .andExpect(jsonPath("$.sections[0].actions[0].timescaleParsed").value(false))
                .andExpect(jsonPath("$.sections[0].actions[0].timescaleProblem").value("\"TBC\" is not a date"));
    }

    @Test
    void unknownPlanIsANotFoundProblem() throws Exception {
        problem(mvc.perform(get("/api/plans/999999999").with(as(Role.VIEWER))), 404)
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void anotherOrganisationsPlanAndActionAreNotFound() throws Exception {
        Organisation other = testData.organisation();
        SmallPlan theirs = testData.smallPlan(other, PlanStatus.ACTIVE);
        String title = reader.plan(other.id(), theirs.planId()).title();
        PlanTree before = reader.tree(other.id(), theirs.planId());

        problem(mvc.perform(get("/api/plans/" + theirs.planId()).with(as(Role.PLAN_OWNER))), 404)
                .andExpect(content().string(not(containsString(title))));
        problem(putAction(theirs.planId(), theirs.actionId(), actionJson(theirs.sectionId(), "Ours now", 0)), 404);
        problem(putAction(plan.planId(), theirs.actionId(), actionJson(plan.sectionId(), "Ours now", 0)), 404);

        assertThat(reader.tree(other.id(), theirs.planId())).isEqualTo(before);
    }

    // Creating plans

    @Test
    void createdPlanAnswers201WithItsLocationAndBody() throws Exception {
        String location = createPlan("""
                {"title": "API plan", "versionLabel": "v1", "startsOn": "2026-04-01", "endsOn": "2028-03-31",
                 "ratingScale": "RAG", "sectionLabel": "Theme"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/plans/")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").value("API plan"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.ratingScale").value("RAG"))
                .andExpect(jsonPath("$.sectionLabel").value("Theme"))
                .andExpect(jsonPath("$.outcomeLabel").value("Outcome"))
                .andExpect(jsonPath("$.startsOn").value("2026-04-01"))
                .andExpect(jsonPath("$.sections", hasSize(0)))
                .andReturn().getResponse().getHeader("Location");

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.title").value("API plan"));
        assertThat(reader.plan(organisation.id(), id).endsOn()).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": \"\"}", "{\"title\": \"   \"}", "{\"versionLabel\": \"v1\"}", "{\"title\": null}"})
    void planWithoutATitleIsRefusedNamingTheField(String json) throws Exception {
        int before = reader.plans(organisation.id()).size();

        problem(createPlan(json), 400)
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the plan's title"));

        assertThat(reader.plans(organisation.id())).hasSize(before);
    }

    @Test
    void overLongTitleIsRefusedStatingTheLimit() throws Exception {
        int before = reader.plans(organisation.id()).size();

        problem(createPlan("{\"title\": \"" + "x".repeat(301) + "\"}"), 400)
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must be 300 characters or fewer"));
        assertThat(reader.plans(organisation.id())).hasSize(before);

        createPlan("{\"title\": \"" + "x".repeat(300) + "\"}").andExpect(status().isCreated());
        assertThat(reader.plans(organisation.id())).hasSize(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": ", "not json", "[]", "{\"title\": \"Dated\", \"startsOn\": \"2026-02-31\"}",
            "{\"title\": \"Dated\", \"startsOn\": \"31/03/2026\"}", "{\"title\": \"Scaled\", \"ratingScale\": \"STARS\"}",
            "{\"title\": \"Typed\", \"status\": 7}"})
    void unreadableRequestIsABadRequestProblem(String json) throws Exception {
        int before = reader.plans(organisation.id()).size();

        problem(createPlan(json), 400)
                .andExpect(jsonPath("$.title").value("Unreadable request"))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("tools.jackson"))));

        assertThat(reader.plans(organisation.id())).hasSize(before);
    }

    @Test
    void endBeforeStartIsRefusedNamingTheEndDate() throws Exception {
        int before = reader.plans(organisation.id()).size();

        problem(createPlan("{\"title\": \"Backwards\", \"startsOn\": \"2027-04-01\", \"endsOn\": \"2026-03-31\"}"), 400)
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));

        assertThat(reader.plans(organisation.id())).hasSize(before);
    }

    // Changing actions

    @Test
    void actionChangedWithTheVersionReadIsSavedAndShown() throws Exception {
        long lead = testData.person(organisation, "Leon Adeyemi");

        putAction(plan.planId(), plan.actionId(), """
                {"sectionId": %d, "outcomeId": %d, "reference": "1.1 i)", "description": "Review the MASH again",
                 "leadPersonId": %d, "timescaleText": "Oct 26", "dueDate": "2026-10-15", "version": 0}"""
                .formatted(plan.sectionId(), plan.outcomeId(), lead))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(plan.actionId()))
                .andExpect(jsonPath("$.description").value("Review the MASH again"))
                .andExpect(jsonPath("$.leadPersonId").value(lead))
                .andExpect(jsonPath("$.lead").value("Leon Adeyemi"))
                .andExpect(jsonPath("$.timescaleText").value("Oct 26"))
                .andExpect(jsonPath("$.dueDate").value("2026-10-15"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.successMeasures", hasSize(1)));

        mvc.perform(get("/api/plans/" + plan.planId()).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[0].description").value("Review the MASH again"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[0].version").value(1));
    }

    @Test
    void dueDateIsReadFromTheTimescaleWhenNotGiven() throws Exception {
        putAction(plan.planId(), plan.actionId(), """
                {"sectionId": %d, "reference": "1.1 i)", "description": "Review", "timescaleText": "By June 2026",
                 "version": 0}""".formatted(plan.sectionId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2026-06-30"))
                .andExpect(jsonPath("$.timescaleParsed").value(true));

        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId()).dueDate())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void staleVersionIsAConflictProblemAndChangesNothing() throws Exception {
        putAction(plan.planId(), plan.actionId(), actionJson(plan.sectionId(), "First change", 0))
                .andExpect(status().isOk());

        problem(putAction(plan.planId(), plan.actionId(), actionJson(plan.sectionId(), "Second change", 0)), 409)
                .andExpect(jsonPath("$.title").value("Changed by someone else"));

        Action action = reader.action(organisation.id(), plan.planId(), plan.actionId());
        assertThat(action.description()).isEqualTo("First change");
        assertThat(action.version()).isEqualTo(1);
    }

    @Test
    void unknownLeadIsRefusedNamingTheField() throws Exception {
        Action before = reader.action(organisation.id(), plan.planId(), plan.actionId());

        problem(putAction(plan.planId(), plan.actionId(), """
                {"sectionId": %d, "reference": "1.1 i)", "description": "Led by nobody", "leadPersonId": 999999999,
                 "version": 0}""".formatted(plan.sectionId())), 400)
                .andExpect(jsonPath("$.errors[0].field").value("leadPersonId"))
                .andExpect(jsonPath("$.detail").value(containsString("leadPersonId")));

        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId())).isEqualTo(before);
    }

    @Test
    void unknownCrossReferenceAndSectionAreRefusedNamingTheFields() throws Exception {
        Action before = reader.action(organisation.id(), plan.planId(), plan.actionId());

        problem(putAction(plan.planId(), secondAction, """
                {"sectionId": %d, "reference": "1.1 ii)", "description": "x", "crossReferences": ["9.9"],
                 "version": 0}""".formatted(plan.sectionId())), 400)
                .andExpect(jsonPath("$.errors[0].field").value("crossReferences"))
                .andExpect(jsonPath("$.errors[0].message").value("No action in this plan has the reference 9.9"));
        problem(putAction(plan.planId(), plan.actionId(), actionJson(999999999L, "x", 0)), 400)
                .andExpect(jsonPath("$.errors[0].field").value("sectionId"));

        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId())).isEqualTo(before);
    }

    @Test
    void missingVersionAndDescriptionAreRefusedNamingTheFields() throws Exception {
        problem(putAction(plan.planId(), plan.actionId(), "{\"sectionId\": " + plan.sectionId()
                + ", \"reference\": \"1.1 i)\", \"description\": \"\"}"), 400)
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("version", "description")));

        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId()).description()).isEqualTo("Review the MASH");
    }

    @Test
    void viewersCannotChangeActions() throws Exception {
        Action before = reader.action(organisation.id(), plan.planId(), plan.actionId());

        problem(mvc.perform(put("/api/plans/" + plan.planId() + "/actions/" + plan.actionId()).with(as(Role.VIEWER))
                .contentType(MediaType.APPLICATION_JSON).content(actionJson(plan.sectionId(), "Viewer's change", 0))), 403);
        problem(mvc.perform(post("/api/plans").with(as(Role.CONTRIBUTOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Contributor's plan\"}")), 403);

        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId())).isEqualTo(before);
        assertThat(reader.plans(organisation.id())).hasSize(1);
    }

    @Test
    void unknownActionIsNotFound() throws Exception {
        problem(putAction(plan.planId(), 999999999L, actionJson(plan.sectionId(), "x", 0)), 404);
    }

    private ResultActions createPlan(String json) throws Exception {
        return mvc.perform(post("/api/plans").with(as(Role.PLAN_OWNER)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions putAction(long planId, long actionId, String json) throws Exception {
        return mvc.perform(put("/api/plans/" + planId + "/actions/" + actionId).with(as(Role.PLAN_OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String actionJson(long sectionId, String description, int version) {
        return """
                {"sectionId": %d, "reference": "1.1 i)", "description": "%s", "version": %d}"""
                .formatted(sectionId, description, version);
    }

    /** An RFC 9457 problem detail with this status, and nothing of the server's insides. */
    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(content().string(not(containsString("at org."))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        return httpBasic(organisation.username(role), TestData.PASSWORD);
    }
}
