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
 * the updates of actions where they are lead or responsible officer; viewers read. Which role may use
 * which route is in AuthorisationMatrixTests; this keeps what a status alone does not show: the page a
 * refused viewer sees, that nothing changes, and a contributor who does not lead the action.
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
