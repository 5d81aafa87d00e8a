package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestDatabase;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A published pack is every format written once and kept byte for byte: later edits change the live
 * board pack but never a published file.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PublishedPacksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    ReportWriters writers;

    @Autowired
    JdbcClient jdbc;

    RatedPlans rated;
    Organisation organisation;
    long planId;
    List<Long> actions;
    Period may;
    Period june;

    /** May is closed with ratings; June is open. */
    @BeforeEach
    void plan() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        actions = rated.section(organisation, planId, "1", 2);
        may = rated.closedWith(organisation, planId, RatedPlans.month(1), actions, 3, 1);
        june = rated.open(organisation, planId, RatedPlans.month(2));
    }

    @Test
    void aPublishedPackIsListedAndDownloadsByteForByteEvenAfterThePlanChanges() throws Exception {
        String created = publish(Role.PLAN_OWNER, "{\"period\": " + may.id() + "}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(created, "$.files[*].format")).as("every format the application writes")
                .containsExactlyElementsOf(writers.formats().stream().map(ReportFormat::extension).toList());
        assertThat((String) JsonPath.read(created, "$.period")).isEqualTo(may.label());
        assertThat((Integer) JsonPath.read(created, "$.version")).isEqualTo(1);

        String list = api(get("/api/plans/" + planId + "/published"), Role.VIEWER);
        assertThat((List<Object>) JsonPath.read(list, "$")).hasSize(1);
        List<Map<String, Object>> files = JsonPath.read(list, "$[0].files");
        Map<String, byte[]> before = new java.util.HashMap<>();
        for (Map<String, Object> file : files) {
            MockHttpServletResponse download = download((String) file.get("href"));
            assertThat(download.getContentType()).isEqualTo(file.get("mediaType"));
            assertThat(download.getContentAsByteArray()).hasSize(((Number) file.get("size")).intValue());
            assertThat(sha256(download.getContentAsByteArray())).isEqualTo(file.get("sha256"));
            before.put((String) file.get("format"), download.getContentAsByteArray());
        }
        assertThat(new String(before.get("html"), StandardCharsets.UTF_8)).contains("Update on " + actions.get(0));

        jdbc.sql("update progress_update set update_text = ? where action_id = ? and period_id = ?")
                .params("Rewritten after the board met", actions.get(0), may.id()).update();

        String live = api(get("/api/plans/" + planId + "/board-pack?format=html&period=" + may.id()), Role.VIEWER);
        assertThat(live).as("the live pack shows the edit").contains("Rewritten after the board met");
        for (Map<String, Object> file : files) {
            assertThat(download((String) file.get("href")).getContentAsByteArray()).as((String) file.get("format"))
                    .isEqualTo(before.get(file.get("format")));
        }
        assertThat(new String(before.get("html"), StandardCharsets.UTF_8)).doesNotContain("Rewritten after the board met");
    }

    @Test
    void publishingAgainAddsAVersionAndKeepsTheFirstNewestFirst() throws Exception {
        publish(Role.PLAN_OWNER, "{\"period\": " + may.id() + "}").andExpect(status().isCreated());
        publish(Role.ADMINISTRATOR, "{\"period\": " + may.id() + ", \"exceptionsOnly\": true, \"pastPeriods\": 2}")
                .andExpect(status().isCreated());

        String list = api(get("/api/plans/" + planId + "/published"), Role.CONTRIBUTOR);
        assertThat((List<Integer>) JsonPath.read(list, "$[*].version")).containsExactly(2, 1);
        assertThat((Boolean) JsonPath.read(list, "$[0].options.exceptionsOnly")).isTrue();
        assertThat((Integer) JsonPath.read(list, "$[0].options.pastPeriods")).isEqualTo(2);
        assertThat((Boolean) JsonPath.read(list, "$[1].options.exceptionsOnly")).isFalse();
        assertThat(jdbc.sql("select actor_name from audit_entry where plan_id = ? and subject_type = ? order by id")
                .params(planId, "Published board pack").query(String.class).list()).as("each publication is on record")
                .hasSize(2).doesNotContainNull();

        String page = mvc.perform(get("/plans/" + planId + "/published").with(as(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(page)).contains(may.label() + " Version 2", "Only the exceptions", "2 periods of ratings",
                may.label() + " Version 1", "All sections", "4 periods of ratings");
        assertThat(page).as("viewers read, only editors publish").doesNotContain("id=\"publish-link\"");
    }

    @Test
    void onlyAClosedPeriodCanBePublishedAndProblemsNameTheField() throws Exception {
        publish(Role.PLAN_OWNER, "{\"period\": " + june.id() + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        publish(Role.PLAN_OWNER, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        publish(Role.PLAN_OWNER, "{\"period\": " + may.id() + ", \"pastPeriods\": 13}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("pastPeriods"));

        String page = mvc.perform(post("/plans/" + planId + "/published").with(as(Role.PLAN_OWNER)).with(csrf())
                .param("period", String.valueOf(june.id()))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.text(page)).contains("There is a problem", "only a closed period's board pack can be published");
        assertThat(count()).as("nothing was stored").isZero();
    }

    @Test
    void viewersAndContributorsMayNotPublish() throws Exception {
        publish(Role.VIEWER, "{\"period\": " + may.id() + "}").andExpect(status().isForbidden());
        publish(Role.CONTRIBUTOR, "{\"period\": " + may.id() + "}").andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + planId + "/published").with(as(Role.CONTRIBUTOR)).with(csrf())
                .param("period", String.valueOf(may.id()))).andExpect(status().isForbidden());
        assertThat(count()).isZero();
    }

    @Test
    void anotherOrganisationsPlanAndPacksAreNotFound() throws Exception {
        String created = publish(Role.PLAN_OWNER, "{\"period\": " + may.id() + "}").andReturn().getResponse()
                .getContentAsString();
        String href = JsonPath.read(created, "$.files[0].href");
        Organisation other = testData.organisation();

        mvc.perform(post("/api/plans/" + planId + "/published").contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\": " + may.id() + "}")
                .with(httpBasic(other.username(Role.PLAN_OWNER), TestData.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + planId + "/published")
                .with(httpBasic(other.username(Role.VIEWER), TestData.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get(href).with(httpBasic(other.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(href.replace("/api", "")).with(user(rated.user(other, Role.VIEWER))))
                .andExpect(status().isNotFound());
        mvc.perform(get(href.replaceAll("/[a-z]+$", "/odt")).with(as(Role.VIEWER))).andExpect(status().isNotFound());
    }

    @Test
    void closingAPeriodOffersToPublishItsPackWhichThePageFormPublishes() throws Exception {
        var closed = mvc.perform(post("/plans/" + planId + "/periods/" + june.id() + "/close").with(as(Role.PLAN_OWNER))
                .with(csrf()).param("version", String.valueOf(rated.period(organisation, planId, june.id()).version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("publishPeriodId", june.id()))
                .andReturn();
        String periods = mvc.perform(get("/plans/" + planId + "/periods").with(as(Role.PLAN_OWNER))
                .cookie(closed.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString();
        String offer = Html.inside(periods, "id=\"publish-offer\"", "</div>");
        assertThat(Html.text(offer)).contains("Publish the board pack for " + june.label());
        assertThat(offer).contains("/plans/" + planId + "/published/new?period=" + june.id());

        String form = mvc.perform(get("/plans/" + planId + "/published/new?period=" + june.id()).with(as(Role.PLAN_OWNER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(Html.inside(form, "<h1", "</h1>"))).contains("Publish the board pack for " + june.label());
        assertThat(form).contains("id=\"exceptionsOnly\"", "id=\"includeCompleted\"", "id=\"pastPeriods\"");

        mvc.perform(post("/plans/" + planId + "/published").with(as(Role.PLAN_OWNER)).with(csrf())
                .param("period", String.valueOf(june.id())).param("includeCompleted", "true").param("pastPeriods", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/plans/" + planId + "/published"));
        String list = api(get("/api/plans/" + planId + "/published"), Role.VIEWER);
        assertThat((String) JsonPath.read(list, "$[0].period")).isEqualTo(june.label());
        assertThat((Boolean) JsonPath.read(list, "$[0].options.includeCompleted")).isTrue();
        assertThat((String) JsonPath.read(list, "$[0].publishedBy")).isNotBlank();
    }

    @Test
    void nothingInTheApplicationCanChangeOrRemoveAPublishedPackOnPostgres() throws Exception {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "the triggers are PostgreSQL's");
        publish(Role.PLAN_OWNER, "{\"period\": " + may.id() + "}").andExpect(status().isCreated());

        assertThatThrownBy(() -> jdbc.sql("update published_pack set plan_title = 'Rewritten' where plan_id = ?")
                .param(planId).update()).hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("delete from published_file where pack_id in"
                + " (select id from published_pack where plan_id = ?)").param(planId).update())
                .hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("update published_file set content = ? where pack_id in"
                + " (select id from published_pack where plan_id = ?)").params(new byte[] {1}, planId).update())
                .hasMessageContaining("cannot be changed or removed");
        assertThatThrownBy(() -> jdbc.sql("delete from published_pack where plan_id = ?").param(planId).update())
                .hasMessageContaining("cannot be changed or removed");
        assertThat(count()).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions publish(Role role, String body) throws Exception {
        return mvc.perform(post("/api/plans/" + planId + "/published").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(httpBasic(organisation.username(role), TestData.PASSWORD)));
    }

    private String api(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(httpBasic(organisation.username(role), TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletResponse download(String href) throws Exception {
        return mvc.perform(get(href).with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        return user(rated.user(organisation, role));
    }

    private long count() {
        return jdbc.sql("select count(*) from published_pack where plan_id = ?").param(planId).query(Long.class).single();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
