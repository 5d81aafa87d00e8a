package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
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
import org.springframework.test.web.servlet.MockMvc;

/** An action's history and the plan's rating key: every rating in words beside its colour, every step kept. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class HistoryPageTests {

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
    PlanService plans;

    @Autowired
    PlanReader reader;

    Organisation organisation;
    long planId;
    long actionId;

    @BeforeEach
    void actionWithThreePeriodsOfUpdates() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        List<Long> section = rated.section(organisation, planId, "1", 1);
        actionId = section.get(0);
        rated.initial(organisation, planId, section, 1);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));
        rated.approve(organisation, rated.submit(organisation, april, actionId, 2, "Started the audit"), null, null);
        rated.close(organisation, april);
        Period may = rated.open(organisation, planId, RatedPlans.month(1));
        rated.returned(organisation, may, actionId, 3);
        ProgressUpdate resubmitted = rated.submit(organisation, may, actionId, 3, "Audit done, evidence attached");
        rated.approve(organisation, resubmitted, 4, "The audit shows it complete");
        rated.close(organisation, may);
        Period june = rated.open(organisation, planId, RatedPlans.month(2));
        rated.draft(organisation, june, actionId, 4);
    }

    @Test
    void ratingsInEveryPeriodInWordsInitialFirst() throws Exception {
        String page = history();

        assertThat(Html.all(page, "id=\"rating-(\\w+)\"")).hasSize(4).first().isEqualTo("initial");
        List<String> rows = Html.all(page, "(?s)<tr class=\"govuk-table__row\" id=\"rating-\\w+\">(.*?)</tr>").stream()
                .map(Html::text).toList();
        assertThat(rows).containsExactly(
                "Initial rating 1 Not started or significantly delayed Baseline, before the first period",
                "April 2025 (closed) 2 Started, some delay Approved",
                "May 2025 (closed) 4 Complete, still monitored Approved The lead proposed 3 On track",
                "June 2025 (open) Not rated Draft: not counted yet");
        assertThat(page).contains("<strong class=\"govuk-tag govuk-tag--blue\">4 Complete, still monitored</strong>");
        assertThat(Html.text(Html.inside(page, "id=\"states\"", "</dd>"))).isEqualTo("No update Completed");
    }

    @Test
    void everyStepOfEveryUpdateInTimeOrder() throws Exception {
        String page = history();

        List<String> headings = Html.all(page, "(?s)<li id=\"event-\\d+\".*?<h3[^>]*>(.*?)</h3>").stream()
                .map(Html::text).toList();
        assertThat(headings).containsExactly("Submitted, April 2025", "Approved, April 2025", "Submitted, May 2025",
                "Returned for changes, May 2025", "Submitted, May 2025", "Approved with a different rating, May 2025",
                "Saved as draft, June 2025");
        String returned = Html.text(Html.inside(page, "id=\"event-4\"", "</li>"));
        assertThat(returned).contains("By Plan owner of " + organisation.name(),
                "Proposed rating 3 On track", "Moderator’s comment Add the evidence").doesNotContain("Final rating");
        String overridden = Html.text(Html.inside(page, "id=\"event-6\"", "</li>"));
        assertThat(overridden).contains("Proposed rating 3 On track", "Final rating 4 Complete, still monitored",
                "Progress update Audit done, evidence attached", "Evidence of impact Evidence Audit done, evidence attached",
                "Reason for the different rating The audit shows it complete");
        assertThat(Html.text(Html.inside(page, "id=\"event-7\"", "</li>")))
                .contains("Proposed rating 4 Complete, still monitored", "Evidence of impact None given");
    }

    @Test
    void archivedActionStillShowsItsHistory() throws Exception {
        actions.remove(organisation.id(), planId, actionId, reader.action(organisation.id(), planId, actionId).version());

        String page = history();

        assertThat(Html.text(page)).contains("Archived: no longer in the plan", "2 Started, some delay",
                "Approved with a different rating, May 2025");
    }

    @Test
    void actionNeverUpdatedSaysSo() throws Exception {
        long sectionId = reader.action(organisation.id(), planId, actionId).sectionId();
        long fresh = testData.action(organisation, planId, sectionId, null, "1.2", "New action", null);

        String page = page("/plans/" + planId + "/actions/" + fresh + "/history");

        assertThat(Html.text(page)).contains("Initial rating Not rated", "April 2025 (closed) Not rated No update",
                "No update has been written for this action yet");
    }

    @Test
    void ratingKeyShowsEachLevelOfThePlansScale() throws Exception {
        String page = page("/plans/" + planId + "/rating-key");

        List<String> levels = Html.all(page, "(?s)<tr class=\"govuk-table__row\" id=\"level-\\d\">(.*?)</tr>").stream()
                .map(Html::text).toList();
        assertThat(levels).containsExactly(
                "1 Not started or significantly delayed Red Work has not started, or is significantly behind the agreed timescale. No No",
                "2 Started, some delay Amber Work has started but is behind the agreed timescale, or at risk. No No",
                "3 On track Green Work is on track to be delivered by the agreed date. No No",
                "4 Complete, still monitored Blue Complete, with the improvement sustained; still monitored through the plan. Yes No",
                "5 Complete and sustained Grey Complete and sustained; can be removed from the plan. Yes "
                        + "Yes, it stays in history and in the counts");
        assertThat(page).contains("<strong class=\"govuk-tag govuk-tag--green\">3 On track</strong>");
    }

    @Test
    void ratingKeyFollowsTheScaleOfThePlan() throws Exception {
        long ragPlan = plans.create(organisation.id(), new PlanDetails("RAG plan", "v1",
                PlanStatus.ACTIVE, null, null, null, null, RatingScale.RAG, "Theme", "Outcome"));

        String page = page("/plans/" + ragPlan + "/rating-key");

        assertThat(Html.all(page, "id=\"level-(\\d)\"")).containsExactly("1", "2", "3");
        assertThat(Html.text(page)).contains("Red, amber, green", "3 Green", "A theme's score");
    }

    private String history() throws Exception {
        return page("/plans/" + planId + "/actions/" + actionId + "/history");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(rated.user(organisation, Role.VIEWER)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
