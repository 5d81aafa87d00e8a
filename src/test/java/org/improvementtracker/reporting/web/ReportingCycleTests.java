package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.WebSession;
import org.improvementtracker.WebSession.Page;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.CycleFixture;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.reporting.Moderation;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodEvent;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateEvent;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.reporting.UpdateState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * One month of the cycle through the pages, as the people in it would click: the owner adds and opens a
 * period, the lead drafts and submits, the owner returns it with a comment, the lead resubmits, the owner
 * approves with another rating and a reason and closes the period; a late edit is refused and reopening
 * needs a reason, which is kept.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ReportingCycleTests {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeriodService periods;

    @Autowired
    UpdateService updates;

    @Autowired
    ProgressReader progress;

    @Autowired
    Moderation moderation;

    CycleFixture fixture;
    Cycle cycle;
    WebSession owner;
    WebSession lead;

    @BeforeEach
    void planWithTwoActions() {
        fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        owner = new WebSession(port).signIn(cycle.username(Role.PLAN_OWNER), TestData.PASSWORD);
        lead = new WebSession(port).signIn(cycle.username(Role.CONTRIBUTOR), TestData.PASSWORD);
    }

    @Test
    void aMonthOfReportingFromOpeningToClosingAndReopening() {
        String plan = "/plans/" + cycle.planId();
        LocalDate today = fixture.today();

        // The owner adds a period and opens it.
        assertThat(text(owner.get(plan + "/periods"))).contains("This plan has no reporting periods yet.");
        Page added = owner.post(plan + "/periods/new", Map.of("label", "May 2026", "startsOn",
                UK.format(today.minusDays(20)), "endsOn", UK.format(today.plusDays(5)), "deadline",
                UK.format(today.plusDays(5)), "version", "0"));
        assertThat(added.status()).isEqualTo(302);
        String list = text(follow(owner, added));
        assertThat(list).contains("Period May 2026 added.", "May 2026", "Planned");
        long periodId = periods.periods(cycle.organisation().id(), cycle.planId()).get(0).id();
        String period = plan + "/periods/" + periodId;

        assertThat(text(follow(owner, owner.post(period + "/open", Map.of("version", "0")))))
                .contains("May 2026 is open: action leads can write their updates.", "Open");

        // The lead finds the action on "my actions" and saves a draft.
        String mine = text(lead.get("/my-actions"));
        assertThat(mine).contains("Updates for May 2026 are due by " + LONG.format(today.plusDays(5)), "5 days to go",
                "1.1 Action 1 of the front door", "Not started", "Write your update on action 1.1");
        String form = plan + "/actions/" + cycle.actionId() + "/updates/" + periodId;
        assertThat(lead.get("/my-actions").body()).contains(form);
        Page blank = lead.get(form);
        assertThat(text(blank)).contains("Your update for May 2026", "2 Started, some delay",
                "Work has started but is behind the agreed timescale, or at risk.", "Save as draft",
                "Submit for approval");
        Page draft = lead.post(form, Map.of("rating", "2", "text", "Thresholds drafted", "evidence", "",
                "version", "", "submit", "false"));
        assertThat(draft.status()).isEqualTo(302);
        assertThat(text(follow(lead, draft))).contains("Draft saved.", "This update Draft");
        assertThat(text(lead.get("/my-actions"))).contains("Draft", "Change your update on action 1.1");

        // ... and submits it.
        Page submitted = lead.post(form, Map.of("rating", "2", "text", "Thresholds drafted and agreed",
                "evidence", "", "version", Html.hiddenValue(lead.get(form).body(), "version"), "submit", "true"));
        assertThat(text(follow(lead, submitted))).contains("has been submitted for approval",
                "waiting for the plan owner’s approval").doesNotContain("Save as draft");

        // The owner sees who has replied and returns the update with a comment.
        String tracker = text(owner.get(period + "/responses"));
        assertThat(tracker).contains("Submitted 1 of 2 actions (50%)", "Returned for changes 0", "5 days to go",
                "1.1 Leon Adeyemi Submitted 2 Started, some delay", "1.2 Leon Adeyemi Not started Not rated");
        long updateId = update().id();
        String moderate = period + "/updates/" + updateId;
        assertThat(owner.get(period + "/responses").body()).contains(moderate);
        assertThat(owner.get(form).body()).as("the update itself leads the owner to moderation").contains(moderate);
        assertThat(lead.get(form).body()).doesNotContain(moderate);
        Page moderation = owner.get(moderate);
        assertThat(text(moderation)).contains("Thresholds drafted and agreed", "Approve", "Return to the lead");
        Page returned = owner.post(moderate + "/return", Map.of("comment", "Please add the evidence of impact",
                "version", Html.hiddenValue(moderation.body(), "version")));
        assertThat(returned.location()).endsWith(period + "/responses");
        assertThat(text(follow(owner, returned))).contains("Update on action 1.1 returned to Contributor of "
                + cycle.organisation().name() + " with your comment.", "Returned for changes 1");

        // The lead sees the comment, adds evidence and resubmits.
        Page back = lead.get(form);
        assertThat(text(back)).contains("Returned for changes", "returned this update with a comment:",
                "Please add the evidence of impact");
        assertThat(lead.post(form, Map.of("rating", "2", "text", "Thresholds drafted and agreed", "evidence",
                "Re-referrals down from 24% to 19%", "version", Html.hiddenValue(back.body(), "version"),
                "submit", "true")).status()).isEqualTo(302);

        // The owner approves with a different rating and says why.
        moderation = owner.get(moderate);
        Page approved = owner.post(moderate + "/approve", Map.of("rating", "3", "reason",
                "The audit in May shows the thresholds are applied", "version",
                Html.hiddenValue(moderation.body(), "version")));
        assertThat(text(follow(owner, approved))).contains("Update on action 1.1 approved with the rating 3 On track "
                + "instead of 2 Started, some delay.");
        ProgressUpdate approvedUpdate = update();
        assertThat(approvedUpdate.state()).isEqualTo(UpdateState.APPROVED);
        assertThat(approvedUpdate.proposedRating()).isEqualTo(2);
        assertThat(approvedUpdate.rating()).isEqualTo(3);
        assertThat(approvedUpdate.overrideReason()).isEqualTo("The audit in May shows the thresholds are applied");
        assertThat(text(lead.get(form))).contains("This update has been approved", "Approved rating 3 On track",
                "The audit in May shows the thresholds are applied");

        // The owner closes the period; a late edit is refused with the reason.
        assertThat(text(follow(owner, owner.post(period + "/close", Map.of("version",
                Html.hiddenValue(owner.get(plan + "/periods").body(), "version"))))))
                .contains("May 2026 is closed: its updates are locked.", "Closed", "Reopen");
        Page late = lead.post(form, Map.of("rating", "4", "text", "Late change", "evidence", "",
                "version", String.valueOf(update().version()), "submit", "true"));
        assertThat(late.status()).isEqualTo(200);
        assertThat(text(late)).contains("There is a problem",
                "May 2026 is closed and locked: updates can no longer be changed");
        assertThat(update().text()).isEqualTo("Thresholds drafted and agreed");
        assertThat(text(lead.get(form))).contains("May 2026 is closed and locked: its updates can no longer be changed.")
                .doesNotContain("Submit for approval");

        // Reopening needs a reason, which is kept with who and when.
        String reopenVersion = Html.hiddenValue(owner.get(period + "/reopen").body(), "version");
        Page noReason = owner.post(period + "/reopen", Map.of("reason", " ", "version", reopenVersion));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(text(noReason)).contains("There is a problem", "Enter why the period is being reopened");
        assertThat(fixture.period(cycle, periodId).state()).isEqualTo(PeriodState.CLOSED);
        assertThat(text(follow(owner, owner.post(period + "/reopen", Map.of("reason",
                "The MASH update arrived late", "version", reopenVersion))))).contains("May 2026 is open again.");
        assertThat(periods.events(cycle.organisation().id(), cycle.planId(), periodId))
                .extracting(PeriodEvent::from, PeriodEvent::to, PeriodEvent::reason)
                .containsExactly(tuple(PeriodState.PLANNED, PeriodState.OPEN, null),
                        tuple(PeriodState.OPEN, PeriodState.CLOSED, null),
                        tuple(PeriodState.CLOSED, PeriodState.OPEN,
                                "The MASH update arrived late"));
        assertThat(text(owner.get(period))).contains("Planned to Open", "Open to Closed", "Closed to Open",
                "Plan owner of " + cycle.organisation().name(), "The MASH update arrived late");

        // Every step is in the update's history.
        assertThat(progress.history(cycle.organisation().id(), cycle.planId(), cycle.actionId()).events())
                .extracting(UpdateEvent::kind)
                .containsExactly(UpdateEvent.Kind.SAVED, UpdateEvent.Kind.SUBMITTED, UpdateEvent.Kind.RETURNED,
                        UpdateEvent.Kind.SUBMITTED, UpdateEvent.Kind.OVERRIDDEN);
    }

    @Test
    void theUpdateFormShowsEarlierUpdatesWithTheModeratorsComments() {
        String plan = "/plans/" + cycle.planId();
        long april = fixture.openPeriod(cycle, "April 2026", 5);
        // An earlier month, returned once and then approved.
        SignedInUser ownerUser = fixture.user(cycle, Role.PLAN_OWNER);
        SignedInUser leadUser = fixture.user(cycle, Role.CONTRIBUTOR);
        ProgressUpdate first = updates.save(leadUser, cycle.planId(), cycle.actionId(), april, null,
                new UpdateDraft(1, "Not started: recruiting", "None yet", true));
        moderation.giveBack(ownerUser, cycle.planId(),
                first.id(), first.version(), "Say when recruitment ends");
        ProgressUpdate again = updates.save(leadUser, cycle.planId(), cycle.actionId(), april, first.version() + 1,
                new UpdateDraft(1, "Recruiting until June", "None yet", true));
        moderation.approve(ownerUser, cycle.planId(),
                again.id(), again.version(), null, null);
        periods.close(ownerUser, cycle.planId(), april, 1);
        LocalDate today = fixture.today();
        long may = periods.create(cycle.organisation().id(), cycle.planId(),
                new PeriodDetails("May 2026", today.plusDays(6), today.plusDays(30),
                        today.plusDays(35)));
        periods.open(ownerUser, cycle.planId(), may, 0);

        String page = text(lead.get(plan + "/actions/" + cycle.actionId() + "/updates/" + may));

        assertThat(page).contains("Your update for May 2026", "Earlier updates", "April 2026 Approved",
                "1 Not started or significantly delayed", "Recruiting until June",
                "Returned for changes by Plan owner of " + cycle.organisation().name(), "Say when recruitment ends");
    }

    @Test
    void aReturnedUpdateSavedAsADraftStillShowsTheLeadTheModeratorsComment() {
        long may = fixture.openPeriod(cycle, "May 2026", 5);
        SignedInUser leadUser = fixture.user(cycle, Role.CONTRIBUTOR);
        ProgressUpdate first = updates.save(leadUser, cycle.planId(), cycle.actionId(), may, null,
                new UpdateDraft(2, "Recruiting", null, true));
        moderation.giveBack(fixture.user(cycle, Role.PLAN_OWNER), cycle.planId(), first.id(), first.version(),
                "Say when recruitment ends");
        updates.save(leadUser, cycle.planId(), cycle.actionId(), may, first.version() + 1,
                new UpdateDraft(2, "Recruiting until", null, false));

        String page = text(lead.get("/plans/" + cycle.planId() + "/actions/" + cycle.actionId() + "/updates/" + may));

        assertThat(page).contains("Your update for May 2026", "returned this update with a comment:",
                "Say when recruitment ends");
    }

    @Test
    void whatPeopleTypeIsShownAsTextOnEveryReportingPage() {
        String script = "<script>alert(1)</script>";
        String plan = "/plans/" + cycle.planId();
        LocalDate today = fixture.today();
        long periodId = periods.create(cycle.organisation().id(), cycle.planId(), new PeriodDetails("May " + script,
                today.minusDays(20), today.plusDays(5), today.plusDays(5)));
        SignedInUser ownerUser = fixture.user(cycle, Role.PLAN_OWNER);
        periods.open(ownerUser, cycle.planId(), periodId, 0);
        ProgressUpdate submitted = updates.save(fixture.user(cycle, Role.CONTRIBUTOR), cycle.planId(),
                cycle.actionId(), periodId, null, new UpdateDraft(2, "Text " + script, "Evidence " + script, true));
        moderation.approve(ownerUser, cycle.planId(), submitted.id(), submitted.version(), 3, "Reason " + script);
        periods.close(ownerUser, cycle.planId(), periodId, 1);
        periods.reopen(ownerUser, cycle.planId(), periodId, 2, "Reopened " + script);
        String period = plan + "/periods/" + periodId;

        for (String path : List.of(plan + "/periods", period, period + "/responses", period + "/updates/"
                + submitted.id(), period + "/edit", plan + "/actions/" + cycle.actionId() + "/updates/" + periodId,
                "/my-actions")) {
            WebSession session = path.equals("/my-actions") ? lead : owner;
            String body = session.get(path).body();
            assertThat(body).as(path).doesNotContain(script).contains(Html.escape(script));
        }
    }

    private ProgressUpdate update() {
        long periodId = periods.periods(cycle.organisation().id(), cycle.planId()).get(0).id();
        return updates.update(cycle.organisation().id(), cycle.actionId(), periodId).orElseThrow();
    }

    private Page follow(WebSession session, Page redirect) {
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        String location = redirect.location().replaceFirst("^https?://[^/]+", "");
        return session.get(location);
    }

    private static String text(Page page) {
        return Html.text(page.body());
    }
}
