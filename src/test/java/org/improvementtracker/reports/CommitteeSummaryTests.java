package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The committee summary says what the scores API and the board pack say for the same period; the
 * exceptions report lists the board pack's exceptions; the introduction is written only by the plan's
 * editors, never overwrites someone else's unseen, and is shown as typed.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class CommitteeSummaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    ActionService actions;

    @Autowired
    IndicatorValues values;

    @Autowired
    ReportWriters writers;

    @Autowired
    JdbcClient jdbc;

    RatedPlans rated;
    Organisation organisation;
    long planId;
    List<Long> frontDoor;
    List<Long> earlyHelp;
    long indicatorId;
    Period june;

    /**
     * Two sections rated over May and June 2025: the front door improves, early help declines (2.2 falls
     * to red); 2.3 is long overdue; an indicator of the front door misses its target in June.
     */
    @BeforeEach
    void ratedPlan() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        frontDoor = rated.section(organisation, planId, "1", 2);
        earlyHelp = new ArrayList<>(rated.section(organisation, planId, "2", 2));
        long earlyHelpId = jdbc.sql("select section_id from action where id = ?").param(earlyHelp.get(0))
                .query(Long.class).single();
        earlyHelp.add(actions.add(organisation.id(), planId, new ActionDetails(earlyHelpId, null, "2.3",
                "Long overdue action", null, null, "Jan 20", LocalDate.of(2020, 1, 1), List.of())));
        List<Long> all = new ArrayList<>(frontDoor);
        all.addAll(earlyHelp);
        rated.closedWith(organisation, planId, RatedPlans.month(1), all, 2, 2, 3, 2, null);
        june = rated.closedWith(organisation, planId, RatedPlans.month(2), all, 3, 3, 3, 1, null);
        long frontDoorId = jdbc.sql("select section_id from action where id = ?").param(frontDoor.get(0))
                .query(Long.class).single();
        indicatorId = testData.indicator(organisation, planId, frontDoorId, "FD1");
        jdbc.sql("update indicator set annual_target = 90 where id = ?").param(indicatorId).update();
        values.saveAll(organisation.id(), accountOf(Role.PLAN_OWNER), List.of(new ValueEntry(indicatorId,
                RatedPlans.month(2), new Figures(new BigDecimal("42.5"), null, null, "Staff shortages"), null)));
    }

    @Test
    void theNarrativeHasTheFiguresOfTheScoresAndIndicatorsApis() throws Exception {
        String summary = document("summary", "");
        String scores = apiJson("/api/plans/" + planId + "/scores?period=" + june.id());
        String indicators = apiJson("/api/plans/" + planId + "/indicators?month=2025-06");

        String ratings = paragraph(summary, 1);
        Map<String, Integer> distribution = JsonPath.read(scores, "$.plan.distribution");
        assertThat(distribution).containsEntry("3", 3).containsEntry("1", 1);
        assertThat(ratings).isEqualTo("Of the plan's 5 actions in June 2025, 1 is rated 1 Not started or significantly"
                + " delayed, 3 are rated 3 On track and 1 is not rated. The plan's score is "
                + JsonPath.<String>read(scores, "$.plan.display") + ", up from 2.3 in May 2025.");
        assertThat(JsonPath.<String>read(scores, "$.plan.movement")).isEqualTo("improved");

        String frontDoorScore = JsonPath.read(scores, "$.sections[0].display");
        String earlyHelpScore = JsonPath.read(scores, "$.sections[1].display");
        assertThat(paragraph(summary, 2)).isEqualTo("1 priority improved since May 2025: 1. Section 1 (2.0 to "
                + frontDoorScore + ", up 1.0). 1 priority declined since May 2025: 2. Section 2 (2.5 to "
                + earlyHelpScore + ", down 0.5).");
        assertThat(paragraph(summary, 3)).isEqualTo("1 action is overdue: 2.3.");
        assertThat(JsonPath.<String>read(indicators, "$[0].standing.status.value")).isEqualTo("MISSED");
        assertThat(paragraph(summary, 4)).isEqualTo("1 of the plan's 1 indicator is off target: Indicator FD1"
                + " (FD1: 42.5% against a target of 90.0%).");
    }

    @Test
    void theExceptionsReportListsTheBoardPacksExceptionsWithTheirReasons() throws Exception {
        String pack = mvc.perform(api("/api/plans/" + planId + "/board-pack?period=" + june.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String report = document("exceptions", "");

        String packTable = Html.inside(pack, "id=\"exceptions\"", "</table>");
        assertThat(packTable).contains("Overdue: due 1 January 2020").contains("Rated red");
        assertThat(Html.inside(report, "id=\"exceptions\"", "</table>")).isEqualTo(packTable);
        assertThat(report).contains("id=\"rating-key-heading\"").doesNotContain("id=\"summary-heading\"");
    }

    @Test
    void everyAvailableFormatAnswersWithItsMediaTypeOnTheApiAndThePages() throws Exception {
        assertThat(writers.formats()).contains(ReportFormat.HTML);
        for (ReportFormat format : writers.formats()) {
            for (String path : List.of("/api/plans/" + planId + "/summary", "/api/plans/" + planId + "/exceptions")) {
                mvc.perform(api(path + "?period=" + june.id() + "&format=" + format.extension()))
                        .andExpect(status().isOk()).andExpect(content().contentType(format.mediaType()));
            }
            for (String page : List.of("committee-summary", "exceptions-report")) {
                mvc.perform(get("/plans/" + planId + "/" + page + "/download?format=" + format.extension())
                        .with(as(Role.VIEWER))).andExpect(status().isOk())
                        .andExpect(content().contentType(format.mediaType()))
                        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                                (page.equals("committee-summary") ? "committee-summary" : "exceptions-report")
                                        + "-june-2025." + format.extension())));
            }
        }
    }

    @Test
    void withoutAPeriodTheReportsAreOfTheLatestClosedOne() throws Exception {
        rated.open(organisation, planId, RatedPlans.month(3));
        assertThat(Html.text(Html.inside(document("summary", null), "id=\"cover-heading\"", "</h2>")))
                .isEqualTo("Committee summary: June 2025");
        String page = page("/plans/" + planId + "/exceptions-report", Role.CONTRIBUTOR);
        assertThat(Html.text(Html.inside(page, "id=\"cover-heading\"", "</h2>"))).isEqualTo("Exceptions report: June 2025");
        assertThat(page).contains("id=\"download-html\"");
    }

    @Test
    void badParametersAreProblemsNamingThemAndAnotherOrganisationsPlanIsNotFound() throws Exception {
        String base = "/api/plans/" + planId + "/summary";
        mvc.perform(api(base + "?format=odt")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(api(base + "?period=june")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(api("/api/plans/" + planId + "/exceptions?period=999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/committee-summary?period=june").with(as(Role.VIEWER)))
                .andExpect(status().isBadRequest());

        long planWithoutClosedPeriod = testData.plan(organisation, PlanStatus.ACTIVE);
        mvc.perform(api("/api/plans/" + planWithoutClosedPeriod + "/exceptions")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        assertThat(page("/plans/" + planWithoutClosedPeriod + "/committee-summary", Role.VIEWER))
                .contains("id=\"no-periods\"");

        Organisation other = testData.organisation();
        for (String path : List.of("/summary", "/exceptions", "/summary/introduction")) {
            mvc.perform(get("/api/plans/" + planId + path + "?period=" + june.id())
                    .with(httpBasic(other.username(Role.ADMINISTRATOR), TestData.PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(putIntroduction(other.username(Role.ADMINISTRATOR), "Not yours", 0)).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/committee-summary").with(user(rated.user(other, Role.ADMINISTRATOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOwnerWritesTheIntroductionWhichIsAuditedAndShownAsTyped() throws Exception {
        String hostile = "<script>alert(1)</script>\n=HYPERLINK(\"http://evil\")\n@SUM(A1) عربي 🎉 " + "W".repeat(80);
        mvc.perform(putIntroduction(organisation.username(Role.PLAN_OWNER), hostile, 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(hostile)).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updatedBy").isNotEmpty()).andExpect(jsonPath("$.updatedAt").isNotEmpty());

        String summary = document("summary", "");
        assertThat(summary).doesNotContain("<script>alert(1)</script>");
        assertThat(Html.inside(summary, "id=\"introduction-text\"", "</p>"))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;\n=HYPERLINK(&quot;http://evil&quot;)\n@SUM(A1) عربي 🎉");
        mvc.perform(api("/api/plans/" + planId + "/summary/introduction?period=" + june.id()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.text").value(hostile));

        List<Map<String, Object>> audit = jdbc.sql("""
                select action, after_json, plan_id from audit_entry where subject_type = 'Committee summary introduction'
                and organisation_id = ?""").param(organisation.id()).query().listOfRows();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("action")).isEqualTo("CREATE");
        assertThat(((Number) audit.get(0).get("plan_id")).longValue()).isEqualTo(planId);
        assertThat((String) audit.get(0).get("after_json")).contains("HYPERLINK");
    }

    @Test
    void aStaleVersionIsAConflictThatChangesNothing() throws Exception {
        mvc.perform(putIntroduction(organisation.username(Role.ADMINISTRATOR), "First", 0)).andExpect(status().isOk());
        mvc.perform(putIntroduction(organisation.username(Role.PLAN_OWNER), "Second", 0))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("Changed by someone else"));
        mvc.perform(putIntroduction(organisation.username(Role.PLAN_OWNER), "Second", 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(putIntroduction(organisation.username(Role.PLAN_OWNER), "Third", 1)).andExpect(status().isConflict());
        assertThat(introductionText()).isEqualTo("Second");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'Committee summary introduction'"
                + " and organisation_id = ?").param(organisation.id()).query(Long.class).single()).isEqualTo(2);

        String conflict = mvc.perform(post("/plans/" + planId + "/committee-summary/introduction").with(csrf())
                .with(as(Role.PLAN_OWNER)).param("period", String.valueOf(june.id())).param("version", "1")
                .param("text", "My careful words")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.inside(conflict, "<textarea", "</textarea>")).contains("My careful words");
        assertThat(Html.hiddenValue(conflict, "version")).isEqualTo("2");
        assertThat(Html.text(Html.inside(conflict, "govuk-error-summary__list", "</ul>")))
                .contains("saved the introduction after you opened this page");
        assertThat(Html.inside(conflict, "id=\"introduction-text\"", "</p>")).contains("Second");
        assertThat(introductionText()).isEqualTo("Second");
    }

    @Test
    void onlyThePlansEditorsWriteAndNothingOverTheLimitIsSaved() throws Exception {
        for (Role reader : List.of(Role.VIEWER, Role.CONTRIBUTOR)) {
            mvc.perform(putIntroduction(organisation.username(reader), "Mine", 0)).andExpect(status().isForbidden());
            mvc.perform(post("/plans/" + planId + "/committee-summary/introduction").with(csrf()).with(as(reader))
                    .param("period", String.valueOf(june.id())).param("version", "0").param("text", "Mine"))
                    .andExpect(status().isForbidden());
            assertThat(page("/plans/" + planId + "/committee-summary?period=" + june.id(), reader))
                    .contains("id=\"committee-summary\"").doesNotContain("id=\"introduction-form\"");
        }
        String tooLong = "é".repeat(ReportIntroduction.MOST_CHARACTERS + 1);
        mvc.perform(putIntroduction(organisation.username(Role.PLAN_OWNER), tooLong, 0))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        String page = mvc.perform(post("/plans/" + planId + "/committee-summary/introduction").with(csrf())
                .with(as(Role.PLAN_OWNER)).param("period", String.valueOf(june.id())).param("version", "0")
                .param("text", tooLong)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"text-error\"").contains("5000 characters or fewer");
        mvc.perform(putIntroduction(organisation.username(Role.PLAN_OWNER), "🎉".repeat(ReportIntroduction.MOST_CHARACTERS), 0))
                .andExpect(status().isOk());
        assertThat(introductionText()).hasSize(2 * ReportIntroduction.MOST_CHARACTERS);
    }

    @Test
    void theOwnerSavesTheIntroductionFromThePageAndSeesItInTheSummary() throws Exception {
        assertThat(page("/plans/" + planId + "/committee-summary?period=" + june.id(), Role.PLAN_OWNER))
                .contains("id=\"no-introduction\"").contains("id=\"introduction-form\"");
        mvc.perform(post("/plans/" + planId + "/committee-summary/introduction").with(csrf()).with(as(Role.PLAN_OWNER))
                .param("period", String.valueOf(june.id())).param("version", "0").param("text", "Line one\r\nLine two"))
                .andExpect(redirectedUrl("/plans/" + planId + "/committee-summary?period=" + june.id()));

        String page = page("/plans/" + planId + "/committee-summary?period=" + june.id(), Role.VIEWER);
        assertThat(Html.inside(page, "id=\"introduction-text\"", "</p>")).contains("Line one\nLine two");
        assertThat(introductionText()).isEqualTo("Line one\nLine two");
    }

    private String introductionText() {
        return jdbc.sql("select text from report_introduction where plan_id = ? and period_id = ?")
                .params(planId, june.id()).query(String.class).single();
    }

    private MockHttpServletRequestBuilder putIntroduction(String username, String text, int version) throws Exception {
        String body = new tools.jackson.databind.json.JsonMapper().writeValueAsString(Map.of("text", text,
                "version", version));
        return put("/api/plans/" + planId + "/summary/introduction?period=" + june.id())
                .with(httpBasic(username, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The report's HTML document from the API; period null for the default. */
    private String document(String report, String options) throws Exception {
        String period = options == null ? "" : "period=" + june.id() + options;
        return mvc.perform(api("/api/plans/" + planId + "/" + report + "?" + period)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn().getResponse()
                .getContentAsString();
    }

    private static String paragraph(String summary, int number) {
        return Html.text(Html.inside(summary, "id=\"narrative-" + number + "\"", "</p>"));
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(as(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String apiJson(String path) throws Exception {
        return mvc.perform(api(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder api(String path) {
        return get(path).with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD));
    }

    private RequestPostProcessor as(Role role) {
        return user(rated.user(organisation, role));
    }

    private long accountOf(Role role) {
        return jdbc.sql("select id from account where username = ?").param(organisation.username(role))
                .query(Long.class).single();
    }
}
