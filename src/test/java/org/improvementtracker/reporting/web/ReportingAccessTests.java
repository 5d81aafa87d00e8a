package org.improvementtracker.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.Routes;
import org.improvementtracker.Routes.Route;
import org.improvementtracker.TestData;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.reporting.CycleFixture;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.reporting.InitialRating;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what in the reporting cycle: owners and administrators run it; a contributor writes only
 * the updates of actions where they are lead or responsible officer; viewers read. Every reporting
 * form is found in the handler mapping, so routes added later are covered too.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class ReportingAccessTests {

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

    @Autowired
    ActionService actions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @LocalServerPort
    int port;

    CycleFixture fixture;
    Cycle cycle;
    long periodId;
    long updateId;

    record Snapshot(List<Period> periods, Optional<ProgressUpdate> update, Map<Long, InitialRating> initialRatings) {
    }

    /** An open period with the lead's submitted update on the first action. */
    @BeforeEach
    void openPeriodWithASubmittedUpdate() {
        fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        periodId = fixture.openPeriod(cycle, "May 2026", 5);
        updateId = updates.save(fixture.user(cycle, Role.CONTRIBUTOR), cycle.planId(), cycle.actionId(), periodId,
                null, new UpdateDraft(3, "On track", "Audits", true)).id();
    }

    @Test
    void theReportingFormsAreFound() {
        assertThat(reportingRoutes(RequestMethod.POST)).extracting(Route::toString).contains(
                "POST /plans/{planId}/periods/new", "POST /plans/{planId}/periods/{periodId}/edit",
                "POST /plans/{planId}/periods/{periodId}/open", "POST /plans/{planId}/periods/{periodId}/review",
                "POST /plans/{planId}/periods/{periodId}/close", "POST /plans/{planId}/periods/{periodId}/reopen",
                "POST /plans/{planId}/initial-ratings", "POST /plans/{planId}/actions/{actionId}/updates/{periodId}",
                "POST /plans/{planId}/periods/{periodId}/updates/{updateId}/approve",
                "POST /plans/{planId}/periods/{periodId}/updates/{updateId}/return");
    }

    @Test
    void viewersGetTheForbiddenPageOnEveryReportingFormAndNothingChanges() {
        Snapshot before = snapshot();
        WebSession viewer = new WebSession(port).signIn(cycle.username(Role.VIEWER), TestData.PASSWORD);

        for (Route route : reportingRoutes(RequestMethod.POST)) {
            WebSession.Page page = viewer.post(route.path(ids()), validFields());

            assertThat(page.status()).as(route.toString()).isEqualTo(403);
            assertThat(page.body()).as(route.toString()).contains("You cannot do that").doesNotContain("Exception");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void contributorsGetTheForbiddenPageOnEveryOwnersFormEvenWhenTheyLeadTheAction() {
        Snapshot before = snapshot();
        WebSession contributor = new WebSession(port).signIn(cycle.username(Role.CONTRIBUTOR), TestData.PASSWORD);

        for (Route route : reportingRoutes(RequestMethod.POST)) {
            if (!route.pattern().contains("/actions/{actionId}/updates/")) {
                assertThat(contributor.post(route.path(ids()), validFields()).status()).as(route.toString())
                        .isEqualTo(403);
            }
        }
        for (String owners : List.of("/periods/new", "/periods/" + periodId + "/edit", "/periods/" + periodId
                + "/reopen", "/periods/" + periodId + "/responses", "/periods/" + periodId + "/updates/" + updateId,
                "/initial-ratings")) {
            assertThat(contributor.get("/plans/" + cycle.planId() + owners).status()).as(owners).isEqualTo(403);
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aContributorWhoDoesNotLeadTheActionReadsItsUpdateButCannotWriteIt() throws Exception {
        long otherLead = context.getBean(TestData.class).person(cycle.organisation(), "Priya Shah");
        long notTheirs = actions.add(cycle.organisation().id(), cycle.planId(), new ActionDetails(cycle.sectionId(),
                null, "2.1", "Someone else's action", otherLead, null, "Dec 27", null, List.of()));
        String form = "/plans/" + cycle.planId() + "/actions/" + notTheirs + "/updates/" + periodId;

        String page = page(form, Role.CONTRIBUTOR);
        assertThat(Html.text(page)).contains("You can read this update but not change it",
                "No update has been written for this period.").doesNotContain("Save as draft");
        mvc.perform(post(form).with(as(Role.CONTRIBUTOR)).with(csrf()).param("rating", "3").param("text", "Mine now")
                .param("submit", "true")).andExpect(status().isForbidden());

        assertThat(updates.update(cycle.organisation().id(), notTheirs, periodId)).isEmpty();
    }

    @Test
    void aContributorNotLinkedToAnyoneIsToldSoAndCannotWriteUpdates() throws Exception {
        jdbc.sql("update person set account_id = null where id = ?").param(cycle.leadId()).update();
        String form = "/plans/" + cycle.planId() + "/actions/" + cycle.actionIds().get(1) + "/updates/" + periodId;

        assertThat(Html.text(page("/my-actions", Role.CONTRIBUTOR))).contains("Your account is not linked to anyone "
                + "in the organisation’s list of people", "Ask an administrator to link your account");
        assertThat(Html.text(page(form, Role.CONTRIBUTOR))).contains("You can read this update but not change it");
        mvc.perform(post(form).with(as(Role.CONTRIBUTOR)).with(csrf()).param("rating", "3").param("text", "Mine")
                .param("submit", "false")).andExpect(status().isForbidden());

        assertThat(updates.update(cycle.organisation().id(), cycle.actionIds().get(1), periodId)).isEmpty();
    }

    @Test
    void viewersReadPeriodsAndUpdatesWithoutAnyControls() throws Exception {
        String plan = "/plans/" + cycle.planId();

        String list = page(plan + "/periods", Role.VIEWER);
        String update = page(plan + "/actions/" + cycle.actionId() + "/updates/" + periodId, Role.VIEWER);

        assertThat(Html.text(list)).contains("May 2026", "Open").doesNotContain("Add a period", "Move to review",
                "Close May 2026", "Responses");
        assertThat(list).doesNotContain("/open\"", "/close\"", "/edit\"", "/responses\"");
        assertThat(Html.text(update)).contains("You can read this update but not change it", "On track", "Audits")
                .doesNotContain("Submit for approval");
    }

    @ParameterizedTest
    @EnumSource(names = {"ADMINISTRATOR", "PLAN_OWNER"})
    void ownersAndAdministratorsOpenEveryReportingPage(Role role) throws Exception {
        for (Route route : reportingRoutes(RequestMethod.GET)) {
            String body = mvc.perform(get(route.path(ids())).with(as(role))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(body).as(route.toString()).contains("govuk-template").doesNotContain("You cannot do that");
        }
    }

    @Test
    void peopleNotSignedInAreSentToSignIn() throws Exception {
        String plan = "/plans/" + cycle.planId();
        Snapshot before = snapshot();

        for (String path : List.of("/my-actions", plan + "/periods", plan + "/initial-ratings",
                plan + "/actions/" + cycle.actionId() + "/updates/" + periodId, plan + "/periods/" + periodId
                        + "/responses")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(result ->
                    assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        }
        for (Route route : reportingRoutes(RequestMethod.POST)) {
            var request = post(route.path(ids())).with(csrf());
            validFields().forEach(request::param);
            mvc.perform(request).andExpect(status().isFound()).andExpect(result ->
                    assertThat(result.getResponse().getRedirectedUrl()).as(route.toString()).endsWith("/login"));
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The reporting cycle's page routes (not the API) answering this method. */
    private List<Route> reportingRoutes(RequestMethod method) {
        return Routes.all(mapping).stream()
                .filter(route -> !route.isApi() && route.method() == method)
                .filter(route -> route.handler().getBeanType().getPackageName().startsWith("org.improvementtracker.reporting"))
                .toList();
    }

    private Map<String, Object> ids() {
        return Map.of("planId", cycle.planId(), "sectionId", cycle.sectionId(), "actionId", cycle.actionId(),
                "periodId", periodId, "updateId", updateId);
    }

    /** Valid values for every reporting form, so a refusal can only come from the role check. */
    private Map<String, String> validFields() {
        Period period = fixture.period(cycle, periodId);
        return Map.ofEntries(Map.entry("label", "June 2026"), Map.entry("startsOn", "1/6/2030"),
                Map.entry("endsOn", "30/6/2030"), Map.entry("deadline", "7/7/2030"), Map.entry("reason", "Because"),
                Map.entry("comment", "Please change"), Map.entry("rating", "2"), Map.entry("text", "Changed"),
                Map.entry("submit", "true"), Map.entry("rating-" + cycle.actionId(), "1"),
                Map.entry("shown-" + cycle.actionId(), ""), Map.entry("version-" + cycle.actionId(), ""),
                Map.entry("version", String.valueOf(period.version())));
    }

    private Snapshot snapshot() {
        long organisationId = cycle.organisation().id();
        return new Snapshot(periods.periods(organisationId, cycle.planId()),
                updates.update(organisationId, cycle.actionId(), periodId),
                initialRatings.ofPlan(organisationId, cycle.planId()));
    }

    private RequestPostProcessor as(Role role) {
        return user((SignedInUser) users.loadUserByUsername(cycle.username(role)));
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(as(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
