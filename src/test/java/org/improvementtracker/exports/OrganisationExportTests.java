package org.improvementtracker.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The organisation's export through the API, and restores refused with nothing written. */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisationExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void everyTableIsExportedOrLeftOutWithAReason() {
        List<String> tables = jdbc.sql("""
                select lower(table_name) from information_schema.tables
                where lower(table_schema) = lower(current_schema) and table_type in ('BASE TABLE', 'TABLE')""")
                .query(String.class).list();
        Set<String> covered = new HashSet<>(OrganisationTables.WRITTEN_APART);
        OrganisationTables.TABLES.forEach(table -> covered.add(table.table()));
        covered.addAll(OrganisationTables.LEFT_OUT.keySet());

        assertThat(tables).contains("plan", "progress_update_event", "flyway_schema_history");
        assertThat(tables).as("tables neither exported nor in OrganisationTables.LEFT_OUT with a reason")
                .allMatch(covered::contains);
        assertThat(covered).as("exported or left-out tables the schema no longer has").allMatch(tables::contains);
    }

    @Test
    void theExportNamesRowsByKeysAndAccountsByUsernameWithoutPasswords() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);

        String body = mvc.perform(get("/api/organisations/{id}/export", rich.organisation.id())
                .with(httpBasic(rich.administrator(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("improvement-tracker/organisation"))
                .andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode document = json.readTree(body);

        assertThat(document.get("organisation").get("name").stringValue()).isEqualTo(rich.organisation.name());
        assertThat(body).doesNotContain("password", "$2a$").doesNotContain("\"id\"");
        assertThat(document.get("accounts")).hasSize(Role.values().length);
        assertThat(document.get("actions").get(1).get("section").intValue()).isEqualTo(1);
        assertThat(document.get("actions").get(2).get("section").intValue()).isEqualTo(2);
        assertThat(document.get("crossReferences").get(0).get("referencedAction").intValue()).isEqualTo(1);
        assertThat(document.get("updates").get(0).get("author").stringValue())
                .isEqualTo(rich.organisation.username(Role.PLAN_OWNER));
        assertThat(document.get("indicators").get(0).get("baselineValue").stringValue()).isEqualTo("61.25");
        assertThat(document.get("indicators").get(0).get("tolerance").stringValue()).isEqualTo("2.5");
        assertThat(document.get("updateEvents").size()).isGreaterThan(document.get("updates").size());
        assertThat(document.get("valueEvents")).hasSize(3);
        assertThat(document.get("accounts").findValuesAsString("lastSignedInAt")).contains("2026-05-01T08:30:15.123456Z");
    }

    @Test
    void anotherOrganisationsIdIsNotFound() throws Exception {
        Organisation mine = testData.organisation();
        Organisation theirs = testData.organisation();

        mvc.perform(get("/api/organisations/{id}/export", theirs.id())
                .with(httpBasic(mine.username(Role.ADMINISTRATOR), TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/organisations/{id}/restore", theirs.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(httpBasic(mine.username(Role.ADMINISTRATOR), TestData.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAdministratorsExport() throws Exception {
        Organisation organisation = testData.organisation();

        mvc.perform(get("/api/organisations/{id}/export", organisation.id())
                .with(httpBasic(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRestoreIntoAnOrganisationThatHoldsPlansIsRefused() throws Exception {
        Organisation organisation = testData.organisation();
        testData.smallPlan(organisation, PlanStatus.DRAFT);

        restore(organisation, exportOf(testData.organisation()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
    }

    @Test
    void anUnknownVersionIsRefusedNamingVersion() throws Exception {
        Organisation empty = testData.organisation();
        ObjectNode document = (ObjectNode) json.readTree(exportOf(testData.organisation()));
        document.put("version", 2);

        restore(empty, json.writeValueAsString(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void aBrokenReferenceIsRefusedNamingWhereAndNothingIsWritten() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);
        Organisation empty = testData.organisation();
        ObjectNode document = (ObjectNode) json.readTree(exportOf(rich.organisation));
        ((ObjectNode) document.get("organisation")).put("name", "Restored " + empty.name());
        ((ObjectNode) document.get("actions").get(2)).put("section", 9);

        restore(empty, json.writeValueAsString(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[2].section"))
                .andExpect(jsonPath("$.errors[0].message").value("No row of sections has key 9"));

        assertThat(jdbc.sql("select count(*) from plan where organisation_id = ?").param(empty.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select name from organisation where id = ?").param(empty.id())
                .query(String.class).single()).isEqualTo(empty.name());
    }

    @Test
    void aBadValueIsRefusedNamingWhere() throws Exception {
        RichOrganisation rich = new RichOrganisation(context);
        Organisation empty = testData.organisation();
        ObjectNode document = (ObjectNode) json.readTree(exportOf(rich.organisation));
        ((ObjectNode) document.get("organisation")).put("name", "Restored " + empty.name());
        ((ObjectNode) document.get("actions").get(0)).put("dueDate", "31/01/2026");

        restore(empty, json.writeValueAsString(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actions[0].dueDate"));
    }

    @Test
    void somethingThatIsNotJsonIsRefused() throws Exception {
        Organisation empty = testData.organisation();

        restore(empty, "{\"format\": \"improvement-tracker/organisation\", \"version\": 1, \"organisation\": {")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document"));
    }

    private ResultActions restore(Organisation organisation, String document)
            throws Exception {
        return mvc.perform(post("/api/organisations/{id}/restore", organisation.id())
                .contentType(MediaType.APPLICATION_JSON).content(document)
                .with(httpBasic(organisation.username(Role.ADMINISTRATOR), TestData.PASSWORD)));
    }

    private String exportOf(Organisation organisation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.getBean(OrganisationExport.class).write(organisation.id(), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
