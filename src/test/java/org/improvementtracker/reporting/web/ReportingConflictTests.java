package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.WebSession;
import org.improvementtracker.WebSession.Page;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.reporting.CycleFixture;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.reporting.InitialRating;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
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
 * Two people working from the same page: whoever saves second gets the 409 page saying what the other
 * person saved, and nothing of theirs overwrites it.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ReportingConflictTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UpdateService updates;

    @Autowired
    InitialRatings initialRatings;

    CycleFixture fixture;
    Cycle cycle;
    long periodId;
    String form;
    WebSession lead;
    WebSession owner;

    @BeforeEach
    void openPeriod() {
        fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        periodId = fixture.openPeriod(cycle, "May 2026", 5);
        form = "/plans/" + cycle.planId() + "/actions/" + cycle.actionId() + "/updates/" + periodId;
        lead = new WebSession(port).signIn(cycle.username(Role.CONTRIBUTOR), TestData.PASSWORD);
        owner = new WebSession(port).signIn(cycle.username(Role.PLAN_OWNER), TestData.PASSWORD);
    }

    @Test
    void aStaleUpdateFormShowsWhatTheOtherPersonSaved() {
        updates.save(fixture.user(cycle, Role.CONTRIBUTOR), cycle.planId(), cycle.actionId(), periodId, null,
                new UpdateDraft(2, "First draft", null, false));
        String leadsCopy = lead.get(form).body();
        String ownersCopy = owner.get(form).body();
        assertThat(owner.post(form, Map.of("rating", "3", "text", "Rewritten by the owner", "evidence", "",
                "version", Html.hiddenValue(ownersCopy, "version"), "submit", "false")).status()).isEqualTo(302);

        Page stale = lead.post(form, Map.of("rating", "1", "text", "The lead's second draft", "evidence", "",
                "version", Html.hiddenValue(leadsCopy, "version"), "submit", "true"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(Html.text(stale.body())).contains("Someone else changed this", "What it says now",
                "Draft, last saved by Plan owner of " + cycle.organisation().name(), "Rating: 3");
        ProgressUpdate kept = updates.update(cycle.organisation().id(), cycle.actionId(), periodId).orElseThrow();
        assertThat(kept.text()).isEqualTo("Rewritten by the owner");
        assertThat(kept.state()).isEqualTo(UpdateState.DRAFT);
    }

    @Test
    void twoFirstSavesOfTheSameUpdateDoNotMakeTwo() {
        lead.get(form);
        owner.get(form);
        assertThat(owner.post(form, Map.of("rating", "3", "text", "The owner's", "evidence", "", "version", "",
                "submit", "false")).status()).isEqualTo(302);

        Page second = lead.post(form, Map.of("rating", "2", "text", "The lead's", "evidence", "", "version", "",
                "submit", "false"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(Html.text(second.body())).contains("Draft, last saved by Plan owner of "
                + cycle.organisation().name());
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId).orElseThrow().text())
                .isEqualTo("The owner's");
    }

    @Test
    void aModeratorWorkingFromAStalePageSeesTheOtherModeratorsComment() {
        ProgressUpdate submitted = updates.save(fixture.user(cycle, Role.CONTRIBUTOR), cycle.planId(),
                cycle.actionId(), periodId, null, new UpdateDraft(2, "Started", null, true));
        String moderate = "/plans/" + cycle.planId() + "/periods/" + periodId + "/updates/" + submitted.id();
        WebSession administrator = new WebSession(port).signIn(cycle.username(Role.ADMINISTRATOR), TestData.PASSWORD);
        String ownersCopy = owner.get(moderate).body();
        String administratorsCopy = administrator.get(moderate).body();
        assertThat(administrator.post(moderate + "/return", Map.of("comment", "Add the audit figures", "version",
                Html.hiddenValue(administratorsCopy, "version"))).status()).isEqualTo(302);

        Page stale = owner.post(moderate + "/approve", Map.of("rating", "2", "reason", "", "version",
                Html.hiddenValue(ownersCopy, "version")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(Html.text(stale.body())).contains("Returned for changes", "Moderator's comment: Add the audit figures");
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId).orElseThrow().state())
                .isEqualTo(UpdateState.RETURNED);
    }

    @Test
    void aPeriodChangedMeanwhileIsNotMovedAgain() {
        String periods = "/plans/" + cycle.planId() + "/periods";
        String staleList = owner.get(periods).body();
        WebSession administrator = new WebSession(port).signIn(cycle.username(Role.ADMINISTRATOR), TestData.PASSWORD);
        assertThat(administrator.post(periods + "/" + periodId + "/review", Map.of("version",
                Html.hiddenValue(administrator.get(periods).body(), "version"))).status()).isEqualTo(302);

        Page stale = owner.post(periods + "/" + periodId + "/close", Map.of("version",
                Html.hiddenValue(staleList, "version")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(Html.text(stale.body())).contains("The reporting period was changed by someone else");
        assertThat(fixture.period(cycle, periodId).state().label()).isEqualTo("In review");
    }

    @Test
    void aStaleRowOfInitialRatingsSavesNothingOfTheForm() {
        String page = "/plans/" + cycle.planId() + "/initial-ratings";
        long first = cycle.actionIds().get(0);
        long second = cycle.actionIds().get(1);
        initialRatings.record(fixture.user(cycle, Role.PLAN_OWNER), cycle.planId(),
                List.of(new InitialRatings.Change(first, 2, null)));
        String staleCopy = owner.get(page).body();
        initialRatings.record(fixture.user(cycle, Role.ADMINISTRATOR), cycle.planId(),
                List.of(new InitialRatings.Change(first, 1, 0)));

        Page stale = owner.post(page, Map.of("rating-" + second, "3", "shown-" + second, "", "version-" + second,
                Html.hiddenValue(staleCopy, "version-" + second), "rating-" + first, "4", "shown-" + first,
                Html.hiddenValue(staleCopy, "shown-" + first), "version-" + first,
                Html.hiddenValue(staleCopy, "version-" + first)));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(Html.text(stale.body())).contains("The initial rating was changed by someone else");
        Map<Long, InitialRating> ratings = initialRatings.ofPlan(cycle.organisation().id(), cycle.planId());
        assertThat(ratings.get(first).rating()).isEqualTo(1);
        assertThat(ratings).doesNotContainKey(second);
    }
}
