package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.CycleFixture;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.reporting.InitialRating;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bad input on the reporting forms comes back on the form, in the error summary, naming the field,
 * and changes nothing.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ReportingValidationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeriodService periods;

    @Autowired
    UpdateService updates;

    @Autowired
    InitialRatings initialRatings;

    CycleFixture fixture;
    Cycle cycle;
    String plan;

    @BeforeEach
    void plan() {
        fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        plan = "/plans/" + cycle.planId();
    }

    // The update form

    @Test
    void submittingWithoutARatingOrTextIsRefusedNamingBothFields() throws Exception {
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);

        String page = problem(Role.CONTRIBUTOR, updateForm(periodId), "text", "", "evidence", "Audits",
                "submit", "true");

        assertThat(Html.text(page)).contains("Choose a rating before submitting",
                "Enter the progress update before submitting");
        assertThat(page).contains("href=\"#rating\"", "href=\"#text\"", ">Audits</textarea>");
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId)).isEmpty();
    }

    @Test
    void aRatingOutsideTheScaleOrNotANumberIsRefused() throws Exception {
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);

        assertThat(Html.text(problem(Role.CONTRIBUTOR, updateForm(periodId), "rating", "9", "text", "Done",
                "submit", "false"))).contains("Choose a rating from 1 to 5");
        assertThat(Html.text(problem(Role.CONTRIBUTOR, updateForm(periodId), "rating", "three", "text", "Done",
                "submit", "true"))).contains("Choose one of the options given");
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId)).isEmpty();
    }

    @Test
    void anUpdateTooLongIsRefusedAndWhatWasTypedIsKept() throws Exception {
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);

        String page = problem(Role.CONTRIBUTOR, updateForm(periodId), "rating", "3", "text", "x".repeat(10_001),
                "evidence", "Audit results", "submit", "false");

        assertThat(Html.text(page)).contains("The progress update must be 10000 characters or fewer", "Audit results");
        assertThat(page).containsPattern("value=\"3\"[^>]*checked=\"checked\"");
    }

    @Test
    void anUpdateForAPeriodNotYetOpenIsRefused() throws Exception {
        long periodId = fixture.period(cycle, "May 2026", 5);

        String page = problem(Role.CONTRIBUTOR, updateForm(periodId), "rating", "3", "text", "Early", "submit", "true");

        assertThat(Html.text(page)).contains("May 2026 is planned: it does not take updates yet",
                "May 2026 is not open yet");
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId)).isEmpty();
    }

    // Periods

    @Test
    void periodDatesMustBeRealAndInOrder() throws Exception {
        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/periods/new", "label", "May 2026", "startsOn",
                "31/5/2026", "endsOn", "1/5/2026", "deadline", "1/4/2026")))
                .contains("The end date must be on or after the start date",
                        "The deadline must be on or after the start date");
        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/periods/new", "label", "May 2026", "startsOn",
                "31/2/2026", "endsOn", "", "deadline", "soon")))
                .contains("Start date must be a real date, for example 31/03/2026", "Enter the date the period ends",
                        "Deadline must be a real date");
        assertThat(periods.periods(cycle.organisation().id(), cycle.planId())).isEmpty();
    }

    @Test
    void aPeriodMayNotOverlapAnotherOrRepeatItsLabel() throws Exception {
        periods.create(cycle.organisation().id(), cycle.planId(), new PeriodDetails("May 2026",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 7)));

        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/periods/new", "label", "Late May 2026", "startsOn",
                "25/5/2026", "endsOn", "30/6/2026", "deadline", "7/7/2026")))
                .contains("The dates overlap May 2026 (1 May 2026 to 31 May 2026)");
        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/periods/new", "label", "may 2026", "startsOn",
                "1/6/2026", "endsOn", "30/6/2026", "deadline", "7/7/2026")))
                .contains("This plan already has a period called May 2026");
        assertThat(periods.periods(cycle.organisation().id(), cycle.planId())).hasSize(1);
    }

    @Test
    void aPeriodLabelIsRequiredAndAtMostFiftyCharacters() throws Exception {
        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/periods/new", "label", "x".repeat(51), "startsOn",
                "1/6/2026", "endsOn", "30/6/2026", "deadline", "7/7/2026")))
                .contains("Label must be 50 characters or fewer");
        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/periods/new", "label", " ", "startsOn",
                "1/6/2026", "endsOn", "30/6/2026", "deadline", "7/7/2026")))
                .contains("Enter the period’s label, for example May 2026");
        assertThat(periods.periods(cycle.organisation().id(), cycle.planId())).isEmpty();
    }

    @Test
    void aClosedPeriodCannotBeChangedUntilReopened() throws Exception {
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);
        periods.close(owner(), cycle.planId(), periodId, 1);
        Period closed = fixture.period(cycle, periodId);

        String page = problem(Role.PLAN_OWNER, plan + "/periods/" + periodId + "/edit", "label", "Renamed",
                "startsOn", "1/5/2026", "endsOn", "31/5/2026", "deadline", "7/6/2026", "version",
                String.valueOf(closed.version()));

        assertThat(Html.text(page)).contains("May 2026 is closed and locked; reopen it to change it");
        assertThat(fixture.period(cycle, periodId)).isEqualTo(closed);
    }

    @Test
    void onlyOnePeriodTakesUpdatesAtATimeAndStatesMoveInOrder() throws Exception {
        long may = fixture.openPeriod(cycle, "May 2026", 5);
        LocalDate today = fixture.today();
        long june = periods.create(cycle.organisation().id(), cycle.planId(), new PeriodDetails("June 2026",
                today.plusDays(6), today.plusDays(30), today.plusDays(35)));

        String opening = problem(Role.PLAN_OWNER, plan + "/periods/" + june + "/open", "version", "0");
        String closingPlanned = problem(Role.PLAN_OWNER, plan + "/periods/" + june + "/close", "version", "0");
        String reopeningOpen = problem(Role.PLAN_OWNER, plan + "/periods/" + may + "/reopen", "reason", "Why not",
                "version", "1");

        assertThat(Html.text(opening)).contains("May 2026 is still open: close it before opening June 2026");
        assertThat(Html.text(Html.inside(opening, "id=\"period-" + june + "\"", "</tr>"))).contains("Planned");
        assertThat(Html.text(closingPlanned)).contains("A period that is planned cannot be moved to closed");
        assertThat(Html.text(reopeningOpen)).contains("May 2026 is open, not closed, so there is nothing to reopen");
        assertThat(fixture.period(cycle, june).state()).isEqualTo(PeriodState.PLANNED);
        assertThat(fixture.period(cycle, may).state()).isEqualTo(PeriodState.OPEN);
    }

    // Moderation

    @Test
    void approvingWithAnotherRatingNeedsAReasonAndReturningNeedsAComment() throws Exception {
        long periodId = fixture.openPeriod(cycle, "May 2026", 5);
        ProgressUpdate submitted = updates.save(fixture.user(cycle, Role.CONTRIBUTOR), cycle.planId(),
                cycle.actionId(), periodId, null, new UpdateDraft(2, "Started", null, true));
        String moderate = plan + "/periods/" + periodId + "/updates/" + submitted.id();

        String approving = problem(Role.PLAN_OWNER, moderate + "/approve", "rating", "4", "reason", " ", "version",
                String.valueOf(submitted.version()));
        String returning = problem(Role.PLAN_OWNER, moderate + "/return", "comment", "", "version",
                String.valueOf(submitted.version()));

        assertThat(Html.text(approving)).contains("Enter why you are changing the proposed rating");
        assertThat(approving).contains("href=\"#reason\"");
        assertThat(Html.text(returning)).contains("Enter a comment telling the lead what to change");
        assertThat(returning).contains("href=\"#comment\"");
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId)).contains(submitted);
    }

    // Initial ratings

    @Test
    void initialRatingsAreSavedAllOrNothingNamingTheActionWithTheBadValue() throws Exception {
        long first = cycle.actionIds().get(0);
        long second = cycle.actionIds().get(1);

        String page = problem(Role.PLAN_OWNER, plan + "/initial-ratings", "rating-" + first, "3", "shown-" + first,
                "", "version-" + first, "", "rating-" + second, "7", "shown-" + second, "", "version-" + second, "");

        assertThat(Html.text(page)).contains("Action 1.2: Choose a rating from 1 to 5");
        assertThat(page).contains("href=\"#rating-" + second + "\"", "id=\"rating-" + second + "\"");
        assertThat(initialRatings.ofPlan(cycle.organisation().id(), cycle.planId())).isEmpty();
        assertThat(Html.text(problem(Role.PLAN_OWNER, plan + "/initial-ratings", "rating-" + first, "high",
                "shown-" + first, "", "version-" + first, ""))).contains("Action 1.1: Choose a rating from the list");
    }

    @Test
    void anInitialRatingBeyondWholeNumbersIsRefusedNotWrappedIntoTheScale() throws Exception {
        long first = cycle.actionIds().get(0);

        String page = problem(Role.PLAN_OWNER, plan + "/initial-ratings", "rating-" + first, "4294967299",
                "shown-" + first, "", "version-" + first, "");

        assertThat(Html.text(page)).contains("Action 1.1: Choose a rating from the list");
        assertThat(initialRatings.ofPlan(cycle.organisation().id(), cycle.planId())).isEmpty();
    }

    @Test
    void onlyTheRowsChangedAreSaved() throws Exception {
        long first = cycle.actionIds().get(0);
        long second = cycle.actionIds().get(1);
        initialRatings.record(owner(), cycle.planId(), List.of(new InitialRatings.Change(second, 2, null)));

        mvc.perform(post(plan + "/initial-ratings").with(as(Role.PLAN_OWNER)).with(csrf())
                        .param("rating-" + first, "4").param("shown-" + first, "").param("version-" + first, "")
                        .param("rating-" + second, "2").param("shown-" + second, "2").param("version-" + second, "0"))
                .andExpect(status().isFound());

        Map<Long, InitialRating> saved = initialRatings.ofPlan(cycle.organisation().id(), cycle.planId());
        assertThat(saved.get(first).rating()).isEqualTo(4);
        assertThat(saved.get(second).version()).as("unchanged row not written again").isZero();
    }

    private String updateForm(long periodId) {
        return plan + "/actions/" + cycle.actionId() + "/updates/" + periodId;
    }

    /** Posts the form; expects it back (200) with the error summary. */
    private String problem(Role role, String path, String... fields) throws Exception {
        var request = post(path).with(as(role)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Error: ");
        return page;
    }

    private SignedInUser owner() {
        return fixture.user(cycle, Role.PLAN_OWNER);
    }

    private RequestPostProcessor as(Role role) {
        return user((SignedInUser) users.loadUserByUsername(cycle.username(role)));
    }
}
