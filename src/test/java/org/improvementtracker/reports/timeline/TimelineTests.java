package org.improvementtracker.reports.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The timeline puts each action in the month it is due and each milestone in its month, and marks what
 * reporting's derived states call overdue, in words as well as colour.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class TimelineTests {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    @Autowired
    ActionService actions;

    @Autowired
    SuccessMeasureService measures;

    @Autowired
    Clock clock;

    RatedPlans rated;
    Organisation organisation;
    long planId;
    long sectionId;
    LocalDate today;
    long late;
    long completeAndPast;
    long ahead;
    long undated;

    /**
     * Rated in a closed period: one action late and rated 2, one past its date but rated complete, one due
     * ahead with a milestone, and one with only "ongoing" for a timescale.
     */
    @BeforeEach
    void plan() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        today = LocalDate.now(clock);
        sectionId = testData.section(organisation, planId, "1", "Front door");
        late = action("1.1", "Agree the thresholds", today.minusMonths(3));
        completeAndPast = action("1.2", "Train the MASH", today.minusMonths(2));
        ahead = action("1.3", "Audit the referrals", today.plusMonths(4));
        undated = action("1.4", "Keep the audits going", null);
        measures.add(organisation.id(), planId, ahead, new SuccessMeasureDetails("80% of audits good or better",
                new BigDecimal("80"), "%", today.plusMonths(1)));
        measures.add(organisation.id(), planId, undated, new SuccessMeasureDetails("Audit every month", null, null,
                today.plusMonths(2)));
        rated.closedWith(organisation, planId, RatedPlans.month(0), List.of(late, completeAndPast, ahead, undated),
                2, 4, 3, 3);
    }

    @Test
    void actionsAndMilestonesSitInTheirMonthsAndOverdueIsSaidInWords() throws Exception {
        String page = page();
        String lateRow = Html.inside(page, "id=\"timeline-action-" + late + "\"", "</tr>");
        assertThat(Html.text(lateRow)).contains("Agree the thresholds", "Overdue");
        String lateCell = cell(lateRow, today.minusMonths(3));
        assertThat(lateCell).contains("app-timeline__cell--overdue");
        assertThat(Html.text(lateCell)).contains("Overdue: was due " + DAY.format(today.minusMonths(3)));

        String completeRow = Html.inside(page, "id=\"timeline-action-" + completeAndPast + "\"", "</tr>");
        assertThat(Html.text(completeRow)).as("rated complete, so not overdue").doesNotContain("Overdue");
        assertThat(Html.text(cell(completeRow, today.minusMonths(2)))).contains("Due " + DAY.format(today.minusMonths(2)));

        String aheadRow = Html.inside(page, "id=\"timeline-action-" + ahead + "\"", "</tr>");
        assertThat(Html.text(cell(aheadRow, today.plusMonths(1))))
                .isEqualTo("◆Milestone: 80% of audits good or better, " + DAY.format(today.plusMonths(1)));
        assertThat(Html.text(cell(aheadRow, today.plusMonths(4)))).contains("Due " + DAY.format(today.plusMonths(4)));
        assertThat(Html.text(cell(aheadRow, today))).as("nothing that month").isEmpty();

        assertThat(Html.all(Html.inside(page, "id=\"timeline\"", "</thead>"), "<th[^>]*>([A-Z][a-z]{2,3} \\d{4})</th>"))
                .as("a column a month from the first date to the last").hasSize(8)
                .startsWith(MONTH.format(today.minusMonths(3))).endsWith(MONTH.format(today.plusMonths(4)));
        assertThat(page).as("the undated action is listed apart, not charted")
                .doesNotContain("id=\"timeline-action-" + undated + "\"");
        assertThat(Html.text(Html.inside(page, "id=\"undated-action-" + undated + "\"", "</tr>")))
                .contains("Keep the audits going", "ongoing", "Audit every month by " + DAY.format(today.plusMonths(2)));
        assertThat(Html.text(Html.inside(page, "id=\"legend\"", "</dl>"))).contains("Due", "Overdue", "Milestone");
    }

    @Test
    void theApiSaysTheSame() throws Exception {
        mvc.perform(get("/api/plans/" + planId + "/timeline")
                        .with(httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].actions[0].actionId").value(late))
                .andExpect(jsonPath("$.sections[0].actions[0].overdue").value(true))
                .andExpect(jsonPath("$.sections[0].actions[1].overdue").value(false))
                .andExpect(jsonPath("$.sections[0].actions[2].milestones[0].text").value("80% of audits good or better"))
                .andExpect(jsonPath("$.undated[0].timescale").value("ongoing"))
                .andExpect(jsonPath("$.columns.length()").value(8));
    }

    @Test
    void textFromUsersIsShownLiterally() throws Exception {
        action("1.5", "<script>alert(1)</script> عربي 🎉 =HYPERLINK(\"x\")", today);
        assertThat(page()).doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; عربي 🎉 =HYPERLINK(&quot;x&quot;)");
    }

    @Test
    void anotherOrganisationsPlanIsNotFound() throws Exception {
        Organisation other = testData.organisation();
        mvc.perform(get("/plans/" + planId + "/timeline").with(user(rated.user(other, Role.PLAN_OWNER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + planId + "/timeline")
                .with(httpBasic(other.username(Role.VIEWER), TestData.PASSWORD))).andExpect(status().isNotFound());
    }

    private long action(String reference, String description, LocalDate due) {
        return actions.add(organisation.id(), planId, new ActionDetails(sectionId, null, reference, description, null,
                null, due == null ? "ongoing" : MONTH.format(due), due, List.of()));
    }

    private String page() throws Exception {
        return mvc.perform(get("/plans/" + planId + "/timeline").with(user(rated.user(organisation, Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The whole cell, its opening tag included, of the month's column. */
    private static String cell(String row, LocalDate month) {
        int column = row.indexOf("data-column=\"" + MONTH.format(month) + "\"");
        assertThat(column).as("a column for " + MONTH.format(month)).isNotNegative();
        return row.substring(row.lastIndexOf("<td", column), row.indexOf("</td>", column));
    }
}
