package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.improvementtracker.WebSession;
import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.Routes;
import org.improvementtracker.Routes.Route;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.people.People;
import org.improvementtracker.people.Person;
import org.improvementtracker.plans.GlossaryTerm;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.PlanTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Only plan owners and administrators change plans; viewers and contributors get our 403 page on every
 * edit route, read from the handler mapping so that new routes are covered too, and nothing changes.
 * Who may use which route is in AuthorisationMatrixTests; this keeps what a status alone does not show.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class AccessTests {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** Page routes every signed-in user uses on what is their own (messages, API tokens, sessions), not on plans. */
    private static final List<String> EVERYONES_OWN = List.of("/messages/read", "/account/tokens/new",
            "/account/tokens/{tokenId}/revoke", "/account/sign-out-everywhere", "/organisation/switch", "/invitation");

    /** Page routes for administrators only: plan owners may not use them either. */
    private static final String ADMINISTRATORS_ONLY = "/organisation/members";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanReader reader;

    @Autowired
    PlanService plans;

    @Autowired
    People people;

    @Autowired
    IndicatorReader indicators;

    @Autowired
    Memberships memberships;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @LocalServerPort
    int port;

    record Fixture(Organisation organisation, SmallPlan plan, long termId, long personId, long indicatorId,
            long accountId) {

        Map<String, Object> ids() {
            return Map.of("planId", plan.planId(), "sectionId", plan.sectionId(), "outcomeId", plan.outcomeId(),
                    "actionId", plan.actionId(), "measureId", plan.measureId(), "termId", termId, "personId", personId,
                    "indicatorId", indicatorId, "accountId", accountId, "importId", UUID.randomUUID().toString());
        }
    }

    record Snapshot(List<Plan> plans, PlanTree tree, List<GlossaryTerm> glossary, List<Person> people,
            IndicatorDetail indicator) {
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR"})
    void viewersAndContributorsGetTheForbiddenPageOnEveryEditRouteAndNothingChanges(Role role) {
        Fixture fixture = fixture(PlanStatus.DRAFT);
        Snapshot before = snapshot(fixture);
        WebSession session = new WebSession(port).signIn(fixture.organisation().username(role), TestData.PASSWORD);

        for (Route route : editRoutes()) {
            String path = route.path(fixture.ids());
            WebSession.Page page = route.isRead() ? session.get(path) : session.post(path, formFields(fixture, route));

            assertThat(page.status()).as(route.toString()).isEqualTo(403);
            assertThat(page.body()).as(route.toString()).contains("You cannot do that", "govuk-template")
                    .doesNotContain("Exception");
        }

        assertThat(snapshot(fixture)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR"})
    void viewersAndContributorsCannotChangePlansThroughTheApi(Role role) throws Exception {
        Fixture fixture = fixture(PlanStatus.DRAFT);
        Snapshot before = snapshot(fixture);
        String username = fixture.organisation().username(role);

        mvc.perform(post("/api/plans").with(httpBasic(username, TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Sneaky plan\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/plans/" + fixture.plan().planId() + "/actions/" + fixture.plan().actionId())
                        .with(httpBasic(username, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sectionId\":" + fixture.plan().sectionId()
                                + ",\"reference\":\"1.1 i)\",\"description\":\"Sneaky change\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plans/" + fixture.plan().planId()).with(httpBasic(username, TestData.PASSWORD)))
                .andExpect(status().isOk());

        assertThat(snapshot(fixture)).isEqualTo(before);
    }

    @Test
    void planOwnersGetTheForbiddenPageOnTheAdministratorsRoutesAndNothingChanges() {
        Fixture fixture = fixture(PlanStatus.DRAFT);
        WebSession session = new WebSession(port).signIn(fixture.organisation().username(Role.PLAN_OWNER), TestData.PASSWORD);
        List<Route> administrators = Routes.all(mapping).stream()
                .filter(route -> !route.isApi() && route.pattern().startsWith(ADMINISTRATORS_ONLY)).toList();
        String before = memberships.members(fixture.organisation().id()).toString();

        for (Route route : administrators) {
            String path = route.path(fixture.ids());
            WebSession.Page page = route.isRead() ? session.get(path) : session.post(path, formFields(fixture, route));
            assertThat(page.status()).as(route.toString()).isEqualTo(403);
            assertThat(page.body()).as(route.toString()).contains("You cannot do that");
        }

        assertThat(administrators).hasSizeGreaterThanOrEqualTo(8);
        assertThat(memberships.members(fixture.organisation().id()).toString()).isEqualTo(before);
    }

    /**
     * Who reads the audit trail, route by route (read from the handler mapping, so a new audit route must be
     * placed here): a plan's and an action's trail, plan owners and administrators; the organisation's,
     * administrators alone.
     */
    @ParameterizedTest
    @EnumSource(Role.class)
    void theAuditTrailIsReadOnlyByThoseWhoMay(Role role) throws Exception {
        Fixture fixture = fixture(PlanStatus.ACTIVE);
        List<Route> auditRoutes = Routes.all(mapping).stream().filter(route -> route.pattern().contains("/audit")).toList();
        assertThat(auditRoutes).extracting(Route::toString).containsExactlyInAnyOrder("GET /audit", "GET /audit/export",
                "GET /plans/{planId}/audit", "GET /plans/{planId}/audit/export",
                "GET /plans/{planId}/actions/{actionId}/audit", "GET /plans/{planId}/actions/{actionId}/audit/export",
                "GET /api/audit", "GET /api/plans/{planId}/audit");

        for (Route route : auditRoutes) {
            boolean organisationWide = !route.variables().contains("planId");
            boolean allowed = role == Role.ADMINISTRATOR || role == Role.PLAN_OWNER && !organisationWide;
            MockHttpServletRequestBuilder request = get(route.path(fixture.ids()));
            String username = fixture.organisation().username(role);
            request.with(route.isApi() ? httpBasic(username, TestData.PASSWORD) : user(users.loadUserByUsername(username)));
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as(route + " as " + role).isEqualTo(allowed ? 200 : 403);
        }
    }

    @Test
    void editControlsAreShownOnlyToThoseWhoMayEdit() throws Exception {
        Fixture fixture = fixture(PlanStatus.ACTIVE);
        String overview = "/plans/" + fixture.plan().planId();
        String action = overview + "/actions/" + fixture.plan().actionId();

        String viewerOverview = page(overview, fixture, Role.VIEWER);
        String viewerAction = page(action, fixture, Role.VIEWER);
        String ownerOverview = page(overview, fixture, Role.PLAN_OWNER);
        String ownerAction = page(action, fixture, Role.PLAN_OWNER);

        assertThat(ownerOverview).contains(overview + "/edit", overview + "/remove", overview + "/sections/new");
        assertThat(ownerAction).contains(action + "/edit", action + "/remove", action + "/measures/new");
        assertThat(viewerOverview).contains(fixture.plan().sectionId() + "\">1. Front door</a>")
                .doesNotContain(overview + "/edit", overview + "/remove", overview + "/sections/new", "/move\"", "Add a priority");
        assertThat(Html.text(viewerAction)).contains("Review the MASH");
        assertThat(viewerAction)
                .doesNotContain(action + "/edit", action + "/remove", action + "/measures/new", "/measures/"
                        + fixture.plan().measureId() + "/edit");
        assertThat(page("/plans", fixture, Role.CONTRIBUTOR)).doesNotContain("/plans/new");
    }

    /** Who is sent to sign in where is in AuthorisationMatrixTests; here, that nothing is done meanwhile. */
    @Test
    void aFormPostedWhileSignedOutChangesNothingAndTheSignInPageIsOpen() throws Exception {
        Fixture fixture = fixture(PlanStatus.ACTIVE);

        mvc.perform(post("/plans/new").with(csrf()).param("title", "Anonymous plan"))
                .andExpect(status().isFound()).andExpect(AccessTests::redirectedToSignIn);
        assertThat(reader.plans(fixture.organisation().id())).hasSize(1);
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in to Improvement Tracker")));
    }

    @Test
    void apiAnswersThoseNotSignedInWithAProblemAndABasicChallenge() throws Exception {
        Fixture fixture = fixture(PlanStatus.ACTIVE);

        for (MockHttpServletRequestBuilder request : List.of(get("/api/plans"),
                get("/api/plans/" + fixture.plan().planId()),
                post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Anonymous\"}"),
                get("/api/plans").with(httpBasic(fixture.organisation().username(Role.PLAN_OWNER), "wrong password")),
                get("/api/plans").with(httpBasic("nobody-" + UNIQUE.incrementAndGet(), TestData.PASSWORD)))) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Improvement Tracker\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.title").value("Unauthorized"));
        }
        assertThat(reader.plans(fixture.organisation().id())).hasSize(1);
    }

    @Test
    void aSignedInBrowserSessionDoesNotOpenTheApi() {
        Fixture fixture = fixture(PlanStatus.ACTIVE);
        WebSession session = new WebSession(port).signIn(fixture.organisation().username(Role.PLAN_OWNER), TestData.PASSWORD);

        WebSession.Page api = session.send("GET", "/api/plans", null, "Accept", "application/json");
        WebSession.Page change = session.send("POST", "/api/plans", "{\"title\":\"Riding the session\"}",
                "Content-Type", "application/json");

        assertThat(api.status()).isEqualTo(401);
        assertThat(change.status()).isEqualTo(401);
        assertThat(reader.plans(fixture.organisation().id())).hasSize(1);
    }

    @Test
    void pageFormsNeedTheirCsrfTokenEvenForPlanOwners() throws Exception {
        Fixture fixture = fixture(PlanStatus.DRAFT);
        Snapshot before = snapshot(fixture);
        var owner = user(users.loadUserByUsername(fixture.organisation().username(Role.PLAN_OWNER)));

        mvc.perform(post("/plans/new").with(owner).param("title", "Forged plan")).andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + fixture.plan().planId() + "/remove").with(owner).with(csrf().useInvalidToken())
                .param("version", "0")).andExpect(status().isForbidden());

        assertThat(snapshot(fixture)).isEqualTo(before);
    }

    private static void redirectedToSignIn(org.springframework.test.web.servlet.MvcResult result) {
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    /**
     * Page routes that change something, or show a form to: every page POST, and GETs of new, edit and remove.
     * The reporting cycle's routes need periods and updates in given states: ReportingAccessTests covers them.
     */
    private List<Route> editRoutes() {
        return Routes.all(mapping).stream()
                .filter(route -> !route.isApi() && !route.pattern().equals("/error")
                        && !EVERYONES_OWN.contains(route.pattern()))
                .filter(route -> !route.handler().getBeanType().getPackageName().startsWith("org.improvementtracker.reporting"))
                .filter(route -> route.method() == RequestMethod.POST
                        || route.isRead() && route.pattern().matches(".*/(new|edit|remove)"))
                .toList();
    }

    /**
     * Every field any edit form needs, valid, so that a refusal can only come from the role check. The
     * version is the current one of what the route acts on; references and abbreviations are unique.
     */
    private Map<String, String> formFields(Fixture fixture, Route route) {
        int unique = UNIQUE.incrementAndGet();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Title " + unique);
        fields.put("number", "9");
        fields.put("text", "Text " + unique);
        fields.put("name", "Name " + unique);
        fields.put("reference", "R" + unique);
        fields.put("description", "Description " + unique);
        fields.put("sectionId", String.valueOf(fixture.plan().sectionId()));
        fields.put("abbreviation", "T" + unique);
        fields.put("meaning", "Meaning " + unique);
        fields.put("direction", "DOWN");
        fields.put("code", "C" + unique);
        fields.put("unit", "COUNT");
        fields.put("polarity", "HIGHER_IS_BETTER");
        fields.put("decimals", "0");
        fields.put("yearToDateRule", "SUM");
        fields.put("frequency", "MONTHLY");
        fields.put("email", "member" + unique + "@example.org");
        fields.put("role", "CONTRIBUTOR");
        fields.put("version", String.valueOf(currentVersion(fixture, route.target())));
        return fields;
    }

    private int currentVersion(Fixture fixture, String target) {
        long organisationId = fixture.organisation().id();
        SmallPlan plan = fixture.plan();
        if (target == null) {
            return 0;
        }
        return switch (target) {
            case "planId" -> reader.plan(organisationId, plan.planId()).version();
            case "sectionId" -> reader.section(organisationId, plan.planId(), plan.sectionId()).version();
            case "outcomeId" -> reader.outcome(organisationId, plan.planId(), plan.outcomeId()).version();
            case "actionId" -> reader.action(organisationId, plan.planId(), plan.actionId()).version();
            case "measureId" -> reader.measure(organisationId, plan.planId(), plan.measureId()).version();
            case "termId" -> reader.glossaryTerm(organisationId, plan.planId(), fixture.termId()).version();
            case "personId" -> people.get(organisationId, fixture.personId()).version();
            case "indicatorId" -> indicators.indicator(organisationId, fixture.indicatorId()).version();
            case "accountId" -> memberships.member(organisationId, fixture.accountId()).version();
            case "importId" -> 0; // a pending import has no version: it is never changed, only committed
            default -> throw new AssertionError("No version known for {" + target + "}: teach the test");
        };
    }

    private Fixture fixture(PlanStatus status) {
        Organisation organisation = testData.organisation();
        SmallPlan plan = testData.smallPlan(organisation, status);
        long termId = plans.addGlossaryTerm(organisation.id(), plan.planId(), "MASH", "Multi-Agency Safeguarding Hub");
        long personId = testData.person(organisation, "Leon Adeyemi");
        long indicatorId = testData.indicator(organisation, plan.planId(), plan.sectionId(), "I1");
        long accountId = ((SignedInUser) users.loadUserByUsername(organisation.username(Role.CONTRIBUTOR))).accountId();
        return new Fixture(organisation, plan, termId, personId, indicatorId, accountId);
    }

    private Snapshot snapshot(Fixture fixture) {
        long organisationId = fixture.organisation().id();
        return new Snapshot(reader.plans(organisationId), reader.tree(organisationId, fixture.plan().planId()),
                reader.glossary(organisationId, fixture.plan().planId()), people.all(organisationId),
                indicators.detail(organisationId, fixture.indicatorId()));
    }

    private String page(String path, Fixture fixture, Role role) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(fixture.organisation().username(role)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
