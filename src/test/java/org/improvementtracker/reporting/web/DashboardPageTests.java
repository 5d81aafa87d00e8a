package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.PlanReader;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The plan dashboard as a board member reads it: which period, the exceptions, and every action's ratings in words. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class DashboardPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationContext beans;

    RatedPlans rated;

    @Autowired
    PlanReader reader;

    Organisation organisation;
    long planId;

    @BeforeEach
    void plan() {
        rated = new RatedPlans(beans);
        organisation = testData.organisation();
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
    }

    @Test
    void planWithoutPeriodsSaysSoAndLinksToThePeriods() throws Exception {
        String page = page("/plans/" + planId + "/dashboard");

        assertThat(Html.text(Html.inside(page, "id=\"no-periods\"", "</div>")))
                .contains("This plan has no reporting periods yet").contains("Go to reporting periods");
        assertThat(page).contains("href=\"/plans/" + planId + "/periods\"").doesNotContain("id=\"period-chooser\"",
                "id=\"summary\"");
    }

    @Test
    void planWithOnlyPlannedPeriodsOffersThemButShowsNoneByDefault() throws Exception {
        Period june = rated.planned(organisation, planId, RatedPlans.month(2));

        String page = page("/plans/" + planId + "/dashboard");

        assertThat(Html.text(page)).contains("No reporting period has been opened yet");
        assertThat(page).contains("id=\"period-chooser\"", "value=\"" + june.id() + "\"").doesNotContain("id=\"summary\"");
        assertThat(Html.text(page("/plans/" + planId + "/dashboard?period=" + june.id())))
                .contains("Summary", "0 of 0 actions have a submitted update");
    }

    @Test
    void showsTheLivePeriodElseTheLatestClosedAndAnyChosenOne() throws Exception {
        List<Long> actions = rated.section(organisation, planId, "1", 1);
        Period april = rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2);
        Period may = rated.closedWith(organisation, planId, RatedPlans.month(1), actions, 3);
        Period june = rated.planned(organisation, planId, RatedPlans.month(2));

        String latestClosed = page("/plans/" + planId + "/dashboard");
        assertThat(shownPeriod(latestClosed)).isEqualTo("May 2025");
        assertThat(Html.all(latestClosed, "<option value=\"(\\d+)\"")).as("newest first")
                .containsExactly(String.valueOf(june.id()), String.valueOf(may.id()), String.valueOf(april.id()));
        assertThat(latestClosed).contains("<option value=\"" + may.id() + "\" selected=\"selected\">May 2025 (closed)</option>");

        rated.open(organisation, planId, RatedPlans.month(3));
        assertThat(shownPeriod(page("/plans/" + planId + "/dashboard"))).isEqualTo("July 2025");
        String chosen = page("/plans/" + planId + "/dashboard?period=" + april.id());
        assertThat(shownPeriod(chosen)).isEqualTo("April 2025");
        assertThat(Html.text(chosen)).contains("Compared with Initial ratings");
    }

    @Test
    void unknownOrAnotherPlansPeriodIsNotFoundAndAWordIsABadRequest() throws Exception {
        long otherPlan = testData.plan(organisation, PlanStatus.ACTIVE);
        Period ofOtherPlan = rated.open(organisation, otherPlan, RatedPlans.month(0));

        for (String period : List.of(String.valueOf(ofOtherPlan.id()), "999999999")) {
            String page = mvc.perform(get("/plans/" + planId + "/dashboard?period=" + period).with(viewer()))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Page not found");
        }
        mvc.perform(get("/plans/" + planId + "/dashboard?period=May").with(viewer())).andExpect(status().isBadRequest());
    }

    @Test
    void exceptionsListEachActionWithItsReasonsInWords() throws Exception {
        List<Long> actions = new ArrayList<>(rated.section(organisation, planId, "1", 5));
        long sectionId = reader.action(organisation.id(), planId, actions.get(0)).sectionId();
        long overdue = testData.action(organisation, planId, sectionId, null, "1.6", "Long overdue", "Jan 20");
        long complete = testData.action(organisation, planId, sectionId, null, "1.7", "Done and dusted", null);
        long fine = testData.action(organisation, planId, sectionId, null, "1.8", "Going well", null);
        actions.addAll(List.of(overdue, complete, fine));
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2, 3, null, 2, 3, 3, 3, 3);
        rated.closedWith(organisation, planId, RatedPlans.month(1), actions, 3, 3, null, 2, 3, 3, 4, 3);
        Period june = rated.open(organisation, planId, RatedPlans.month(2));
        rated.submit(organisation, june, actions, 1, 2, 3, 2, null, 3, 5, 3);

        String page = page("/plans/" + planId + "/dashboard?period=" + june.id());

        assertThat(Html.all(page, "id=\"exception-(\\d+)\"")).containsExactly(String.valueOf(actions.get(0)),
                String.valueOf(actions.get(1)), String.valueOf(actions.get(3)), String.valueOf(actions.get(4)),
                String.valueOf(overdue));
        assertThat(exception(page, actions.get(0))).isEqualTo("1.1 Action 1 of section 1 1. Section 1 "
                + "1 Not started or significantly delayed Rated red "
                + "Declined from 3 On track to 1 Not started or significantly delayed");
        assertThat(exception(page, actions.get(1))).endsWith("Declined from 3 On track to 2 Started, some delay");
        assertThat(exception(page, actions.get(3))).endsWith("Stalled: the same rating below on track for three periods or more");
        assertThat(exception(page, actions.get(4))).endsWith("Not rated No update submitted by the deadline");
        assertThat(exception(page, overdue)).endsWith("3 On track Overdue: due 31 January 2020");
        assertThat(Html.inside(page, "id=\"exception-" + overdue + "\"", "</tr>"))
                .contains("href=\"/plans/" + planId + "/actions/" + overdue + "\"");
    }

    @Test
    void anActionStalledOverThreeClosedPeriodsStaysStalledWhileTheOpenPeriodAwaitsItsUpdate() throws Exception {
        List<Long> actions = rated.section(organisation, planId, "1", 1);
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2);
        rated.closedWith(organisation, planId, RatedPlans.month(1), actions, 2);
        rated.closedWith(organisation, planId, RatedPlans.month(2), actions, 2);
        Period july = rated.open(organisation, planId, RatedPlans.month(3));

        String page = page("/plans/" + planId + "/dashboard?period=" + july.id());

        assertThat(exception(page, actions.get(0)))
                .contains("Stalled: the same rating below on track for three periods or more");
    }

    @Test
    void aRemovableActionStaysOutOfTheMainTableWhenAPeriodPassesWithoutANewRating() throws Exception {
        List<Long> actions = rated.section(organisation, planId, "1", 2);
        long sectionId = reader.action(organisation.id(), planId, actions.get(0)).sectionId();
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 5, 3);
        rated.closedWith(organisation, planId, RatedPlans.month(1), actions, null, 3);
        Period june = rated.open(organisation, planId, RatedPlans.month(2));

        String page = page("/plans/" + planId + "/dashboard?period=" + june.id());

        assertThat(page).doesNotContain("id=\"action-" + actions.get(0) + "\"", "id=\"exception-" + actions.get(0) + "\"");
        assertThat(Html.text(Html.inside(page, "id=\"removed-" + sectionId + "\"", "</details>")))
                .contains("1.1 Action 1 of section 1");
    }

    @Test
    void actionTablesShowRatingsAsTagsWithWordsAndPutRemovableActionsApart() throws Exception {
        List<Long> actions = rated.section(organisation, planId, "1", 3);
        long sectionId = reader.action(organisation.id(), planId, actions.get(0)).sectionId();
        rated.initial(organisation, planId, actions, 1, 2, null);
        rated.closedWith(organisation, planId, RatedPlans.month(0), actions, 2, 4, 2);
        Period may = rated.open(organisation, planId, RatedPlans.month(1));
        rated.submit(organisation, may, actions, 3, 5, null);

        String page = page("/plans/" + planId + "/dashboard?period=" + may.id());

        String onTrack = Html.inside(page, "id=\"action-" + actions.get(0) + "\"", "</tr>");
        assertThat(onTrack).contains("<strong class=\"govuk-tag govuk-tag--red\">1 Not started or significantly delayed</strong>",
                "<strong class=\"govuk-tag govuk-tag--orange\">2 Started, some delay</strong>",
                "<strong class=\"govuk-tag govuk-tag--green\">3 On track</strong>",
                "href=\"/plans/" + planId + "/actions/" + actions.get(0) + "\"");
        assertThat(Html.text(onTrack)).isEqualTo("1.1 Action 1 of section 1 Not assigned No date "
                + "1 Not started or significantly delayed 2 Started, some delay 3 On track None");
        assertThat(Html.text(Html.inside(page, "id=\"action-" + actions.get(2) + "\"", "</tr>")))
                .endsWith("Not rated 2 Started, some delay Not rated No update");
        assertThat(Html.inside(page, "id=\"action-" + actions.get(2) + "\"", "</tr>"))
                .contains("<strong class=\"govuk-tag govuk-!-margin-right-1 govuk-!-margin-bottom-1 govuk-tag--orange\">No update</strong>");
        assertThat(page).doesNotContain("id=\"action-" + actions.get(1) + "\"");
        String removed = Html.inside(page, "id=\"removed-" + sectionId + "\"", "</details>");
        assertThat(Html.text(removed)).contains("1 action completed and removed from the main table",
                "1.2 Action 2 of section 1: 5 Complete and sustained");
        assertThat(removed).contains("<strong class=\"govuk-tag govuk-tag--grey\">5 Complete and sustained</strong>");
        assertThat(summaryText(page, sectionId)).as("removed actions still count")
                .isEqualTo("1. Section 1 2.7 4.0 ↑ Improved 0 0 1 0 1 1");
    }

    @Test
    void ratingHeadersOfTheSummaryCarryValueAndLabel() throws Exception {
        rated.section(organisation, planId, "1", 1);
        Period april = rated.open(organisation, planId, RatedPlans.month(0));

        String header = Html.text(Html.inside(page("/plans/" + planId + "/dashboard?period=" + april.id()),
                "id=\"summary\"", "</thead>"));

        assertThat(header).isEqualTo("Scores for April 2025 against initial ratings Priority Previous score (initial ratings) Current score Movement "
                + "1 Not started or significantly delayed 2 Started, some delay 3 On track "
                + "4 Complete, still monitored 5 Complete and sustained Not rated");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(viewer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String shownPeriod(String page) {
        return Html.text(Html.inside(page, "id=\"period-heading\"", "</h2>"));
    }

    private static String exception(String page, long actionId) {
        return Html.text(Html.inside(page, "id=\"exception-" + actionId + "\"", "</tr>"));
    }

    private static String summaryText(String page, long sectionId) {
        return Html.text(Html.inside(page, "id=\"summary-" + sectionId + "\"", "</tr>"));
    }

    private RequestPostProcessor viewer() {
        return user(rated.user(organisation, Role.VIEWER));
    }
}
