package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.improvementtracker.imports.OfficeFixtures.sheet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bringing a plan in through the API: upload, preview, mapping, commit, checked through the plans API. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ImportApiTests {

    private static final String[] HEADER = {"Priority", "Outcome", "Action", "Lead", "Timescale", "RAG Initial",
        "RAG 01/18"};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    Organisation organisation;

    @BeforeEach
    void organisation() {
        organisation = testData.organisation();
    }

    @Test
    void aNewPlanFromAWorkbookWithItsLeadsAndRatingsInItsPeriods() throws Exception {
        String importId = id(upload(plan(), null, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("Priorities 2018.xlsx"))
                .andExpect(jsonPath("$.mapping.A").value("section"))
                .andExpect(jsonPath("$.mapping.G").value("rating:01/18"))
                .andExpect(jsonPath("$.plan.ratingScale").value("RAG"))
                .andExpect(jsonPath("$.plan.periods[1]").value("01/18"))
                .andExpect(jsonPath("$.plan.sections.length()").value(2))
                .andExpect(jsonPath("$.plan.sections[0].outcomes[0].actions[0].lead").value("Jo Smith"))
                .andExpect(jsonPath("$.plan.sections[0].outcomes[0].actions[0].ratings['01/18']").value(3))
                .andExpect(jsonPath("$.problems.length()").value(0)));

        String planId = commit(importId, "{}").andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString().replaceAll("\\D", "");

        mvc.perform(get("/api/plans/" + planId).with(as(Role.VIEWER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Priorities 2018"))
                .andExpect(jsonPath("$.ratingScale").value("RAG"))
                .andExpect(jsonPath("$.sections[*].title").value(org.hamcrest.Matchers.contains("Safeguarding",
                        "Early help")))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions.length()").value(2))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[0].lead").value("Jo Smith"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[1].lead").value("AD"))
                .andExpect(jsonPath("$.sections[1].outcomes[0].actions[0].lead").value("Jo Smith"))
                .andExpect(jsonPath("$.sections[1].outcomes[0].actions[0].timescaleText").value("Sept 18"));
        String periods = mvc.perform(get("/api/plans/" + planId + "/periods").with(as(Role.VIEWER)))
                .andExpect(jsonPath("$[*].label").value(org.hamcrest.Matchers.contains("01/18")))
                .andExpect(jsonPath("$[0].state").value("CLOSED")).andReturn().getResponse().getContentAsString();
        Number periodId = JsonPath.read(periods, "$[0].id");
        mvc.perform(get("/api/plans/" + planId + "/scores").param("period", periodId.toString()).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.plan.rated").value(3))
                .andExpect(jsonPath("$.sections[0].score").value(2.5))
                .andExpect(jsonPath("$.sections[1].score").value(1.0));
        commit(importId, "{}").andExpect(status().isNotFound());
    }

    @Test
    void aSheetPerPriorityWorkbooksIndicatorTablesBecomeThePlansIndicatorsWithTheirMonths() throws Exception {
        byte[] workbook = PriorityWorkbooks.generate(new PriorityWorkbooks.Shape(2, 4, false, false));
        String importId = id(mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file",
                "Priorities.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
                .with(as(Role.PLAN_OWNER))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.plan.indicators.length()").value(6)));

        String planId = commit(importId, "{\"acceptWarnings\": true}").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString().replaceAll("\\D", "");

        mvc.perform(get("/api/plans/" + planId + "/indicators").param("month", "2017-12").with(as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("PI1", "PI2", "PI3", "PI4",
                        "PI5", "PI6")))
                .andExpect(jsonPath("$[0].name").value("Placement moves (3 or more in a year)"))
                .andExpect(jsonPath("$[0].polarity").value("LOWER_IS_BETTER"))
                .andExpect(jsonPath("$[1].polarity").value("HIGHER_IS_BETTER"))
                .andExpect(jsonPath("$[0].sectionId").isNumber())
                .andExpect(jsonPath("$[0].baseline.label").value("2016/17"))
                .andExpect(jsonPath("$[0].months[*].month").value(org.hamcrest.Matchers.contains("2017-07", "2017-08",
                        "2017-09", "2017-10", "2017-11", "2017-12")))
                .andExpect(jsonPath("$[0].months[5].value").isNumber());
    }

    @Test
    void intoAnExistingPlanTheUnmatchedActionsAreListedUntilSkipped() throws Exception {
        String first = id(upload(plan(), null, null));
        String planId = commit(first, "{}").andReturn().getResponse().getContentAsString().replaceAll("\\D", "");
        byte[] march = sheet("Priority 1", new String[] {"Priority", "Outcome", "Action", "Lead", "RAG 03/18"},
                new String[] {"Safeguarding", "1.1 Children are seen", "Visit  every CHILD", "Jo Smith", "Green"},
                new String[] {"", "1.3 Families are heard", "Something new", "AD", "Red"});

        String second = id(upload(march, null, planId).andExpect(status().isCreated())
                .andExpect(jsonPath("$.unmatched").value(org.hamcrest.Matchers.contains(
                        "Sheet 'Priority 1', row 3: Something new"))));
        commit(second, "{\"planId\": " + planId + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("skipUnmatched"));
        commit(second, "{\"planId\": " + planId + ", \"skipUnmatched\": true}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.planId").value(Long.parseLong(planId)));

        mvc.perform(get("/api/plans/" + planId + "/periods").with(as(Role.VIEWER)))
                .andExpect(jsonPath("$[*].label").value(org.hamcrest.Matchers.contains("01/18", "03/18")));
        assertThat(jdbc.sql("""
                select count(*) from progress_update u join reporting_period p on p.id = u.period_id
                where p.plan_id = ? and p.label = '03/18'""").param(Long.parseLong(planId)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void intoAnExistingPlanActionsWithoutReferencesAreMatchedByTheirTextNotTheirPlace() throws Exception {
        byte[] numbered = sheet("Priority 1", new String[] {"Priority", "Outcome", "Action", "Lead", "RAG 01/18"},
                new String[] {"Safeguarding", "1.1 Children are seen", "1.1.1 Visit every child", "AD", "Red"},
                new String[] {"", "", "1.1.2 Audit the visits", "AD", "Red"},
                new String[] {"", "", "1.1.3 Train the managers", "AD", "Red"});
        String planId = commit(id(upload(numbered, null, null)), "{}").andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString().replaceAll("\\D", "");
        byte[] unnumbered = sheet("Priority 1", new String[] {"Priority", "Outcome", "Action", "Lead", "RAG 03/18"},
                new String[] {"Safeguarding", "1.1 Children are seen", "Train the managers", "AD", "Green"},
                new String[] {"", "", "Something new", "AD", "Red"},
                new String[] {"", "", "Audit the visits", "AD", "Amber"});

        String second = id(upload(unnumbered, null, planId).andExpect(status().isCreated())
                .andExpect(jsonPath("$.plan.sections[0].outcomes[0].actions[*].reference").value(
                        org.hamcrest.Matchers.contains("1.1.1", "1.1.2", "1.1.3")))
                .andExpect(jsonPath("$.unmatched").value(org.hamcrest.Matchers.contains(
                        "Sheet 'Priority 1', row 3: Something new"))));
        commit(second, "{\"planId\": " + planId + ", \"skipUnmatched\": true}").andExpect(status().isCreated());

        assertThat(jdbc.sql("""
                select a.reference || ' ' || u.rating
                from progress_update u join reporting_period p on p.id = u.period_id join action a on a.id = u.action_id
                where p.plan_id = ? and p.label = '03/18' order by a.reference""").param(Long.parseLong(planId))
                .query(String.class).list()).containsExactly("1.1.2 2", "1.1.3 3");
    }

    @Test
    void aValueTooLongForThePlanIsAnErrorNamingItsCellAndTheCommitWritesNothing() throws Exception {
        String reference = "1.1." + "1".repeat(27);
        byte[] file = sheet("Priority 1", HEADER, new String[] {"Safeguarding", "1.1 Children are seen",
            reference + " Visit every child", "Jo Smith", "Apr-18", "Red", "Green"});

        String importId = id(upload(file, null, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.blocked").value(true))
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.problems[0].file").value("Priorities 2018.xlsx"))
                .andExpect(jsonPath("$.problems[0].sheet").value("Sheet 'Priority 1'"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("C"))
                .andExpect(jsonPath("$.problems[0].value").value(reference)));

        commit(importId, "{\"acceptWarnings\": true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Priorities 2018.xlsx, Sheet 'Priority 1', row 2, column C: The action's reference is 31 "
                                + "characters long, and can be at most 30")));
        assertThat(plans()).isZero();
        assertThat(jdbc.sql("select count(*) from person where organisation_id = ?").param(organisation.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void warningsNeedAcceptingAndWriteNothingUntilThen() throws Exception {
        byte[] file = sheet("Priority 1", HEADER,
                new String[] {"Safeguarding", "1.1 Children are seen", "Visit every child", "Jo Smith", "Apr-18", "re",
                    "Green"});
        String importId = id(upload(file, null, null).andExpect(jsonPath("$.hasWarnings").value(true))
                .andExpect(jsonPath("$.problems[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.problems[0].sheet").value("Sheet 'Priority 1'"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("F"))
                .andExpect(jsonPath("$.problems[0].value").value("re")));

        commit(importId, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("acceptWarnings"));
        assertThat(plans()).isZero();

        commit(importId, "{\"acceptWarnings\": true, \"title\": \"Checked\"}").andExpect(status().isCreated());
        assertThat(plans()).isOne();
    }

    @Test
    void aFileThatIsNoPlanIsRefusedNamingTheFileAndNotKept() throws Exception {
        upload(new byte[] {1, 2, 3}, null, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/imports").with(as(Role.PLAN_OWNER))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));

        assertThat(jdbc.sql("select count(*) from pending_import where organisation_id = ?").param(organisation.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMappingNamingNoFieldIsRefusedNamingItsColumn() throws Exception {
        upload(plan(), "{\"A\": \"section\", \"C\": \"nonsense\"}", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mapping.C"));
        upload(plan(), "not json", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mapping"));
    }

    @Test
    void changingTheMappingPreviewsAgainAndIsWhatIsCommitted() throws Exception {
        String importId = id(upload(plan(), null, null));

        mvc.perform(put("/api/imports/" + importId + "/mapping").with(as(Role.PLAN_OWNER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"A\": \"section\", \"B\": \"outcome\", \"C\": \"action\", \"D\": \"responsibleOfficer\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mapping.D").value("responsibleOfficer"))
                .andExpect(jsonPath("$.plan.periods.length()").value(0))
                .andExpect(jsonPath("$.plan.sections[0].outcomes[0].actions[0].responsibleOfficer").value("Jo Smith"));
        mvc.perform(get("/api/imports/" + importId).with(as(Role.PLAN_OWNER)))
                .andExpect(jsonPath("$.mapping.D").value("responsibleOfficer"));

        String planId = commit(importId, "{}").andReturn().getResponse().getContentAsString().replaceAll("\\D", "");
        mvc.perform(get("/api/plans/" + planId).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[0].responsibleOfficer").value("Jo Smith"))
                .andExpect(jsonPath("$.sections[0].outcomes[0].actions[0].lead").doesNotExist());
    }

    @Test
    void anotherOrganisationsImportIsNotFoundAndViewersMayNotImport() throws Exception {
        String importId = id(upload(plan(), null, null));
        Organisation other = testData.organisation();
        RequestPostProcessor otherOwner = httpBasic(other.username(Role.PLAN_OWNER), TestData.PASSWORD);

        mvc.perform(get("/api/imports/" + importId).with(otherOwner)).andExpect(status().isNotFound());
        mvc.perform(post("/api/imports/" + importId + "/commit").with(otherOwner)).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/imports").file(file(plan())).with(as(Role.VIEWER)))
                .andExpect(status().isForbidden());
        assertThat(plans()).isZero();
    }

    private ResultActions upload(byte[] content, String mapping, String planId) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/imports").file(file(content));
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        if (planId != null) {
            request.param("planId", planId);
        }
        return mvc.perform(request.with(as(Role.PLAN_OWNER)));
    }

    private ResultActions commit(String importId, String body) throws Exception {
        return mvc.perform(post("/api/imports/" + importId + "/commit").with(as(Role.PLAN_OWNER))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "Priorities 2018.xlsx", null, content);
    }

    private static String id(ResultActions upload) throws Exception {
        return JsonPath.read(upload.andReturn().getResponse().getContentAsString(), "$.importId");
    }

    private long plans() {
        return jdbc.sql("select count(*) from plan where organisation_id = ?").param(organisation.id())
                .query(Long.class).single();
    }

    private RequestPostProcessor as(Role role) {
        return httpBasic(organisation.username(role), TestData.PASSWORD);
    }

    private static byte[] plan() {
        return sheet("Priority 1", HEADER,
                new String[] {"Safeguarding", "1.1 Children are seen", "Visit every child", "Jo Smith", "Apr-18", "Red",
                    "Green"},
                new String[] {"", "", "Audit the visits", "AD", "June 2018", "Amber", "Amber"},
                new String[] {"Early help", "2.1 Help is early", "Open a hub", "Jo Smith", "Sept 18", "Red", "Red"});
    }
}
