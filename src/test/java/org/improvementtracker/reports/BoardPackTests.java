package org.improvementtracker.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The board pack says what the scores and indicators APIs say for the same period, lists the
 * exceptions with their reasons, and follows its options.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class BoardPackTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext beans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    RatedPlans rated;
    Organisation organisation;
    long planId;
    long frontDoor;
    long earlyHelp;
    List<Long> frontDoorActions;
    List<Long> earlyHelpActions;
    long indicatorId;
    Period june;

    /** See {@link RatedBoardPackPlan}. */
    @BeforeEach
    void ratedPlan() {
        RatedBoardPackPlan plan = new RatedBoardPackPlan(beans);
        rated = plan.rated;
        organisation = plan.organisation;
        planId = plan.planId;
        frontDoor = plan.frontDoor;
        earlyHelp = plan.earlyHelp;
        frontDoorActions = plan.frontDoorActions;
        earlyHelpActions = plan.earlyHelpActions;
        indicatorId = plan.indicatorId;
        june = plan.june;
    }

    @Test
    void summaryTableHasTheScoresOfTheScoresApi() throws Exception {
        String pack = pack("");
        String scores = apiJson("/api/plans/" + planId + "/scores?period=" + june.id());

        for (int i = 0; i < 2; i++) {
            long sectionId = ((Number) JsonPath.read(scores, "$.sections[" + i + "].sectionId")).longValue();
            List<String> cells = cells(Html.inside(pack, "id=\"summary-" + sectionId + "\"", "</tr>"));
            assertSummaryRow(cells, scores, "$.sections[" + i + "]");
        }
        assertSummaryRow(cells(Html.inside(pack, "id=\"summary-plan\"", "</tr>")), scores, "$.plan");
        assertThat(cells(Html.inside(pack, "id=\"summary-plan\"", "</tr>")).get(1))
                .as("the plan's score is the mean of its sections' scores: (7/3 + 7/2) / 2").isEqualTo("2.9");
    }

    @Test
    void indicatorTableHasTheYearToDateAndDirectionOfTheIndicatorsApi() throws Exception {
        String pack = pack("");
        String indicators = apiJson("/api/plans/" + planId + "/indicators?month=2025-06");
        String cells = Html.inside(pack, "id=\"indicator-" + indicatorId + "\"", "</tr>");
        String row = Html.text(cells);

        String yearToDate = JsonPath.read(indicators, "$[0].standing.yearToDate.display");
        String direction = JsonPath.read(indicators, "$[0].standing.direction.label");
        assertThat(yearToDate).isNotBlank();
        assertThat(row).contains(yearToDate).contains(direction);
        assertThat(cells).as("the sparkline says in words what it shows")
                .contains("aria-label=\"Trend, January to June 2025: 40.0% in April to 42.5% in June,"
                        + " 3 months without a value\"");
    }

    @Test
    void exceptionsSayWhyEachActionIsListed() throws Exception {
        String pack = pack("");

        assertThat(Html.text(Html.inside(pack, "id=\"exception-" + frontDoorActions.get(1) + "\"", "</tr>")))
                .contains("Rated red").contains("Declined from 2 Started, some delay to 1 Not started");
        assertThat(Html.text(Html.inside(pack, "id=\"exception-" + frontDoorActions.get(2) + "\"", "</tr>")))
                .contains("Stalled: the same rating below on track for three periods or more");
        assertThat(Html.text(Html.inside(pack, "id=\"exception-" + earlyHelpActions.get(2) + "\"", "</tr>")))
                .contains("Overdue: due 1 January 2020");
        assertThat(pack).doesNotContain("id=\"exception-" + frontDoorActions.get(0) + "\"")
                .doesNotContain("id=\"exception-" + earlyHelpActions.get(1) + "\"");
        assertThat(Html.text(Html.inside(pack, "id=\"completed-" + frontDoorActions.get(0) + "\"", "</tr>")))
                .contains("4 Complete, still monitored");
        assertThat(pack).as("2.1 was complete already in May").doesNotContain("id=\"completed-" + earlyHelpActions.get(0));
    }

    @Test
    void actionTablesShowTheChosenPeriodsOfRatingsInWords() throws Exception {
        String pack = pack("");
        String row = Html.text(Html.inside(pack, "id=\"action-" + frontDoorActions.get(1) + "\"", "</tr>"));
        assertThat(row).as("four periods asked for, three exist; the initial rating is not one of them")
                .contains("Action 2 of section 1").endsWith("2 Started, some delay 2 Started, some delay 1 Not started"
                        + " or significantly delayed Update on " + frontDoorActions.get(1) + " Evidence Update on "
                        + frontDoorActions.get(1));
        assertThat(Html.all(Html.inside(pack, "id=\"actions-" + frontDoor + "\"", "</thead>"), "<th[^>]*>([^<]*2025)</th>"))
                .containsExactly("April 2025", "May 2025", "June 2025");

        String twoPeriods = pack("&pastPeriods=2");
        assertThat(Html.all(Html.inside(twoPeriods, "id=\"actions-" + frontDoor + "\"", "</thead>"), "<th[^>]*>([^<]*2025)</th>"))
                .containsExactly("May 2025", "June 2025");
    }

    @Test
    void exceptionsOnlyAndCompletedActionsOptionsChooseTheRows() throws Exception {
        String everything = pack("");
        assertThat(everything).contains("id=\"action-" + frontDoorActions.get(0) + "\"")
                .as("complete and removable: left out unless asked for")
                .doesNotContain("id=\"action-" + earlyHelpActions.get(0) + "\"");
        assertThat(pack("&includeCompleted=true")).contains("id=\"action-" + earlyHelpActions.get(0) + "\"");

        String exceptionsOnly = pack("&exceptionsOnly=true");
        assertThat(exceptionsOnly).contains("id=\"action-" + frontDoorActions.get(1) + "\"")
                .contains("id=\"action-" + frontDoorActions.get(2) + "\"")
                .contains("id=\"action-" + earlyHelpActions.get(2) + "\"")
                .doesNotContain("id=\"action-" + frontDoorActions.get(0) + "\"")
                .doesNotContain("id=\"action-" + earlyHelpActions.get(1) + "\"");

        String oneSection = pack("&section=" + earlyHelp);
        assertThat(oneSection).contains("id=\"section-" + earlyHelp + "\"").doesNotContain("id=\"section-" + frontDoor + "\"")
                .doesNotContain("id=\"exception-" + frontDoorActions.get(1) + "\"");
    }

    @Test
    void withoutAPeriodThePackIsOfTheLatestClosedOne() throws Exception {
        rated.open(organisation, planId, RatedPlans.month(3));
        String pack = mvc.perform(get("/plans/" + planId + "/board-pack").with(viewer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(Html.inside(pack, "id=\"cover-heading\"", "</h2>"))).isEqualTo("Board pack: June 2025");
        assertThat(Html.text(Html.inside(pack, "id=\"cover-produced\"", "</dd>")))
                .isEqualTo(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(clock)));
        assertThat(Html.text(Html.inside(pack, "id=\"cover-board\"", "</dd>"))).isNotBlank();
    }

    @Test
    void otherFormatsAndBadOptionsAreProblemsNamingTheParameter() throws Exception {
        String base = "/api/plans/" + planId + "/board-pack?period=" + june.id();
        mvc.perform(api(base + "&format=odt")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(api(base + "&pastPeriods=13")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pastPeriods"));
        mvc.perform(api(base + "&exceptionsOnly=perhaps")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("exceptionsOnly"));
        mvc.perform(get("/plans/" + planId + "/board-pack?pastPeriods=zero").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"pastPeriods-error\"")));
        mvc.perform(api(base.replace("period=" + june.id(), "period=999999999"))).andExpect(status().isNotFound());
    }

    @Test
    void textFromUsersIsShownLiterally() throws Exception {
        String hostile = "<script>alert(1)</script> عربي 🎉 " + "W".repeat(120);
        jdbc.sql("update action set description = ? where id = ?").params(hostile, frontDoorActions.get(0)).update();
        String pack = pack("");
        assertThat(pack).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; عربي 🎉");
    }

    private void assertSummaryRow(List<String> cells, String scores, String path) {
        Object display = JsonPath.read(scores, path + ".display");
        Object previous = JsonPath.read(scores, path + ".previousScore");
        String movement = JsonPath.read(scores, path + ".movement");
        Map<String, Integer> distribution = JsonPath.read(scores, path + ".distribution");
        int notRated = JsonPath.read(scores, path + ".notRated");
        assertThat(cells.get(0)).isEqualTo(previous == null ? "Not rated"
                : new BigDecimal(previous.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString());
        assertThat(cells.get(1)).isEqualTo(display == null ? "Not rated" : display.toString());
        assertThat(cells.get(2).toLowerCase(Locale.ROOT)).endsWith(movement);
        assertThat(cells.subList(3, 3 + distribution.size()))
                .containsExactlyElementsOf(distribution.values().stream().map(String::valueOf).toList());
        assertThat(cells.get(cells.size() - 1)).isEqualTo(String.valueOf(notRated));
    }

    private static List<String> cells(String row) {
        return Html.all(row, "(?s)<td[^>]*>(.*?)</td>").stream().map(Html::text).toList();
    }

    private String pack(String options) throws Exception {
        return mvc.perform(api("/api/plans/" + planId + "/board-pack?format=html&period=" + june.id() + options))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();
    }

    private String apiJson(String path) throws Exception {
        return mvc.perform(api(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder api(String path) {
        return get(path).with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
        return user(rated.user(organisation, Role.VIEWER));
    }
}
