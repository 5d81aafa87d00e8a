package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.improvementtracker.reporting.web.ApiProblems.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.RatedPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Scores as DESIGN.md section 3 and the worked examples have them, read through the database:
 * the scores API's numbers and the dashboard's summary table must agree.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class PlanScoresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    RatedPlans rated;

    @Autowired
    ActionService actions;

    @Autowired
    PlanReader reader;

    @Autowired
    SectionService sections;

    Organisation organisation;
    long planId;

    @BeforeEach
    void plan() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
    }

    @Test
    void workedExamplesOfSectionScoresWithInitialRatingsAsPrevious() throws Exception {
        List<Long> first = rated.section(organisation, planId, "1", 4);
        List<Long> second = rated.section(organisation, planId, "2", 4);
        List<Long> third = rated.section(organisation, planId, "3", 9);
        rated.initial(organisation, planId, first, 1, 1, 1, 1);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        rated.submit(organisation, april, first, 1, 2, 2, 2);
        rated.submit(organisation, april, second, 3, 2, 2, 2);
        rated.submit(organisation, april, third, 2, 3, 3, 2, 3, 2, 2, null, null);

        scores(april)
                .andExpect(jsonPath("$.period.id").value(april.id()))
                .andExpect(jsonPath("$.period.label").value("April 2025"))
                .andExpect(jsonPath("$.period.state").value("OPEN"))
                .andExpect(jsonPath("$.previousPeriod").value(nullValue()))
                .andExpect(jsonPath("$.sections", hasSize(3)))
                .andExpect(jsonPath("$.sections[0].number").value("1"))
                .andExpect(jsonPath("$.sections[0].title").value("Section 1"))
                .andExpect(jsonPath("$.sections[0].score").value(1.75))
                .andExpect(jsonPath("$.sections[0].display").value("1.8"))
                .andExpect(jsonPath("$.sections[0].previousScore").value(1.0))
                .andExpect(jsonPath("$.sections[0].movement").value("improved"))
                .andExpect(jsonPath("$.sections[1].score").value(2.25))
                .andExpect(jsonPath("$.sections[1].display").value("2.3"))
                .andExpect(jsonPath("$.sections[1].previousScore").value(nullValue()))
                .andExpect(jsonPath("$.sections[1].movement").value("not comparable"))
                .andExpect(jsonPath("$.sections[2].score").value(2.429))
                .andExpect(jsonPath("$.sections[2].display").value("2.4"))
                .andExpect(jsonPath("$.sections[2].rated").value(7))
                .andExpect(jsonPath("$.sections[2].notRated").value(2))
                .andExpect(jsonPath("$.sections[2].distribution.1").value(0))
                .andExpect(jsonPath("$.sections[2].distribution.2").value(4))
                .andExpect(jsonPath("$.sections[2].distribution.3").value(3))
                .andExpect(jsonPath("$.sections[2].distribution.4").value(0))
                .andExpect(jsonPath("$.sections[2].distribution.5").value(0))
                .andExpect(jsonPath("$.plan.score").value(2.143))
                .andExpect(jsonPath("$.plan.display").value("2.1"))
                .andExpect(jsonPath("$.plan.rated").value(15))
                .andExpect(jsonPath("$.plan.notRated").value(2));

        String page = dashboard(april);
        assertThat(summaryRow(page, first)).isEqualTo("1. Section 1 1.0 1.8 ↑ Improved 1 3 0 0 0 0");
        assertThat(summaryRow(page, second)).isEqualTo("2. Section 2 Not rated 2.3 – No comparison 0 3 1 0 0 0");
        assertThat(summaryRow(page, third)).isEqualTo("3. Section 3 Not rated 2.4 – No comparison 0 4 3 0 0 2");
        assertThat(Html.text(Html.inside(page, "id=\"summary-plan\"", "</tr>")))
                .isEqualTo("Whole plan 1.0 2.1 ↑ Improved 1 10 4 0 0 2");
        assertThat(Html.text(page)).contains("Compared with Initial ratings");
    }

    @Test
    void planScoreIsTheMeanOfSectionScoresAndPreviousIsThePeriodBefore() throws Exception {
        List<Long> first = rated.section(organisation, planId, "1", 8);
        List<Long> second = rated.section(organisation, planId, "2", 4);
        List<Long> third = rated.section(organisation, planId, "3", 2);
        rated.initial(organisation, planId, first, 1, 1, 1, 1, 1, 1, 1, 1);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        rated.submit(organisation, april, first, 3, 3, 3, 3, 3, 3, 3, 3);
        rated.submit(organisation, april, second, 3, 3, 3, 3);
        rated.submit(organisation, april, third, 2, 3);
        rated.close(organisation, april);
        Period may = rated.open(organisation, planId, RatedPlans.month(1));
        rated.submit(organisation, may, first, 4, 3, 3, 3, 3, 3, 4, 3);
        rated.submit(organisation, may, second, 3, 2, 2, 2);
        rated.submit(organisation, may, third, 2, 3);

        scores(may)
                .andExpect(jsonPath("$.previousPeriod.id").value(april.id()))
                .andExpect(jsonPath("$.previousPeriod.label").value("April 2025"))
                .andExpect(jsonPath("$.previousPeriod.state").value("CLOSED"))
                .andExpect(jsonPath("$.sections[0].score").value(3.25))
                .andExpect(jsonPath("$.sections[0].previousScore").value(3.0))
                .andExpect(jsonPath("$.sections[0].movement").value("improved"))
                .andExpect(jsonPath("$.sections[1].score").value(2.25))
                .andExpect(jsonPath("$.sections[1].movement").value("declined"))
                .andExpect(jsonPath("$.sections[2].score").value(2.5))
                .andExpect(jsonPath("$.sections[2].display").value("2.5"))
                .andExpect(jsonPath("$.sections[2].movement").value("unchanged"))
                .andExpect(jsonPath("$.plan.score").value(2.667))
                .andExpect(jsonPath("$.plan.display").value("2.7"))
                .andExpect(jsonPath("$.plan.previousScore").value(2.833))
                .andExpect(jsonPath("$.plan.movement").value("declined"));

        String page = dashboard(may);
        assertThat(summaryRow(page, first)).isEqualTo("1. Section 1 3.0 3.3 ↑ Improved 0 0 6 2 0 0");
        assertThat(summaryRow(page, second)).isEqualTo("2. Section 2 3.0 2.3 ↓ Declined 0 3 1 0 0 0");
        assertThat(summaryRow(page, third)).isEqualTo("3. Section 3 2.5 2.5 → Unchanged 0 1 1 0 0 0");
        assertThat(Html.text(Html.inside(page, "id=\"summary-plan\"", "</tr>")))
                .as("2.667, not the mean of all fourteen actions (2.857)")
                .isEqualTo("Whole plan 2.8 2.7 ↓ Declined 0 4 8 2 0 0");
        assertThat(Html.text(page)).contains("Compared with April 2025");
    }

    @Test
    void draftsAndReturnedUpdatesDoNotCountButApprovedOverridesDo() throws Exception {
        List<Long> section = rated.section(organisation, planId, "1", 5);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        rated.submit(organisation, april, section.get(0), 3, "On track");
        rated.draft(organisation, april, section.get(1), 1);
        rated.returned(organisation, april, section.get(2), 1);
        ProgressUpdate overridden = rated.submit(organisation, april, section.get(3), 2, "Nearly done");
        rated.approve(organisation, overridden, 4, "Complete: the audit shows it");

        scores(april)
                .andExpect(jsonPath("$.sections[0].score").value(3.5))
                .andExpect(jsonPath("$.sections[0].rated").value(2))
                .andExpect(jsonPath("$.sections[0].notRated").value(3))
                .andExpect(jsonPath("$.sections[0].distribution.1").value(0))
                .andExpect(jsonPath("$.sections[0].distribution.2").value(0))
                .andExpect(jsonPath("$.sections[0].distribution.3").value(1))
                .andExpect(jsonPath("$.sections[0].distribution.4").value(1));

        assertThat(summaryRow(dashboard(april), section)).isEqualTo("1. Section 1 Not rated 3.5 – No comparison 0 0 1 1 0 3");
    }

    @Test
    void nothingRatedIsNullNeverZero() throws Exception {
        rated.section(organisation, planId, "1", 2);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));

        scores(april)
                .andExpect(jsonPath("$.plan.score").value(nullValue()))
                .andExpect(jsonPath("$.plan.display").value(nullValue()))
                .andExpect(jsonPath("$.plan.previousScore").value(nullValue()))
                .andExpect(jsonPath("$.plan.movement").value("not comparable"))
                .andExpect(jsonPath("$.sections[0].score").value(nullValue()))
                .andExpect(jsonPath("$.sections[0].display").value(nullValue()))
                .andExpect(jsonPath("$.sections[0].rated").value(0))
                .andExpect(jsonPath("$.sections[0].notRated").value(2));
    }

    @Test
    void archivedActionRatedInAClosedPeriodStillCountsThereOnly() throws Exception {
        List<Long> section = rated.section(organisation, planId, "1", 2);
        Period april = rated.closedWith(organisation, planId, RatedPlans.month(0), section, 2, 4);
        long archived = section.get(1);
        actions.remove(organisation.id(), planId, archived,
                reader.action(organisation.id(), planId, archived).version());
        Period may = rated.open(organisation, planId, RatedPlans.month(1));
        rated.submit(organisation, may, section.get(0), 2, "Still behind");

        scores(april)
                .andExpect(jsonPath("$.sections[0].score").value(3.0))
                .andExpect(jsonPath("$.sections[0].rated").value(2))
                .andExpect(jsonPath("$.sections[0].distribution.4").value(1));
        scores(may)
                .andExpect(jsonPath("$.sections[0].score").value(2.0))
                .andExpect(jsonPath("$.sections[0].previousScore").value(3.0))
                .andExpect(jsonPath("$.sections[0].movement").value("declined"))
                .andExpect(jsonPath("$.sections[0].rated").value(1))
                .andExpect(jsonPath("$.sections[0].notRated").value(0));
    }

    @Test
    void aSectionArchivedAfterAClosedPeriodStillCountsInThatPeriodsScores() throws Exception {
        List<Long> kept = rated.section(organisation, planId, "1", 1);
        List<Long> dropped = rated.section(organisation, planId, "2", 1);
        Period april = rated.closedWith(organisation, planId, RatedPlans.month(0), List.of(kept.get(0), dropped.get(0)),
                3, 1);
        long droppedSection = reader.action(organisation.id(), planId, dropped.get(0)).sectionId();
        sections.remove(organisation.id(), planId, droppedSection,
                reader.section(organisation.id(), planId, droppedSection).version());
        Period may = rated.open(organisation, planId, RatedPlans.month(1));
        rated.submit(organisation, may, kept.get(0), 3, "On track");

        scores(april)
                .andExpect(jsonPath("$.plan.score").value(2.0))
                .andExpect(jsonPath("$.sections", hasSize(2)))
                .andExpect(jsonPath("$.sections[1].sectionId").value(droppedSection))
                .andExpect(jsonPath("$.sections[1].score").value(1.0));
        scores(may)
                .andExpect(jsonPath("$.plan.score").value(3.0))
                .andExpect(jsonPath("$.plan.previousScore").value(2.0))
                .andExpect(jsonPath("$.sections", hasSize(2)));
    }

    @Test
    void scoresNeedAPeriodOfThisPlan() throws Exception {
        rated.section(organisation, planId, "1", 1);
        long otherPlan = testData.plan(organisation, PlanStatus.ACTIVE);
        Period ofOtherPlan = rated.open(organisation, otherPlan, RatedPlans.month(0));

        for (String missing : new String[] {"", "?period=", "?period=%20"}) {
            problem(mvc.perform(get("/api/plans/" + planId + "/scores" + missing).with(viewer())), 400)
                    .andExpect(jsonPath("$.errors[0].field").value("period"));
        }
        problem(mvc.perform(get("/api/plans/" + planId + "/scores?period=May").with(viewer())), 400)
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        problem(mvc.perform(get("/api/plans/" + planId + "/scores?period=" + ofOtherPlan.id()).with(viewer())), 404)
                .andExpect(jsonPath("$.detail").value("Reporting period " + ofOtherPlan.id() + " was not found"));
        problem(mvc.perform(get("/api/plans/" + planId + "/scores?period=999999999").with(viewer())), 404);
    }

    private ResultActions scores(Period period) throws Exception {
        return mvc.perform(get("/api/plans/" + planId + "/scores?period=" + period.id()).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    private String dashboard(Period period) throws Exception {
        return mvc.perform(get("/plans/" + planId + "/dashboard?period=" + period.id())
                        .with(user(rated.user(organisation, Role.VIEWER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The summary table's row for the section holding these actions, as a reader sees it. */
    private String summaryRow(String page, List<Long> actionsOfSection) {
        long sectionId = reader.action(organisation.id(), planId, actionsOfSection.get(0)).sectionId();
        return Html.text(Html.inside(page, "id=\"summary-" + sectionId + "\"", "</tr>"));
    }

    private RequestPostProcessor viewer() {
        return httpBasic(organisation.username(Role.VIEWER), TestData.PASSWORD);
    }
}
