package org.improvementtracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.improvementtracker.Routes.Route;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.ApiTokens;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorDefinition;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.people.People;
import org.improvementtracker.people.Person;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.GlossaryTerm;
import org.improvementtracker.plans.OutcomeDetails;
import org.improvementtracker.plans.OutcomeService;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.plans.SectionDetails;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.reports.publishing.PublishedPacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No user ever sees or changes another organisation's data. An administrator of organisation B tries
 * organisation A's ids on every route that takes an id (read from the handler mapping, so new routes
 * are covered without touching this test): always "not found", as if A's records did not exist.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class TenantIsolationTests {

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
    SectionService sections;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    ActionService actions;

    @Autowired
    SuccessMeasureService measures;

    @Autowired
    People people;

    @Autowired
    PeriodService periods;

    @Autowired
    UpdateService updates;

    @Autowired
    IndicatorService indicators;

    @Autowired
    IndicatorValues indicatorValues;

    @Autowired
    IndicatorReader indicatorReader;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedPacks publishedPacks;

    @Autowired
    PartnerAccess partners;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    Organisation a;
    Organisation b;
    Map<String, Object> idsOfA;
    Map<String, Object> idsOfB;
    List<String> secretsOfA;

    record Snapshot(List<Plan> plans, List<PlanTree> trees, List<List<GlossaryTerm>> glossaries, List<Person> people,
            IndicatorDetail indicatorOfA) {
    }

    @BeforeEach
    void twoOrganisations() {
        a = testData.organisation();
        String unique = "of " + a.name();
        long person = people.add(a.id(), new org.improvementtracker.people.PersonDetails("Person " + unique, "AD", null));
        long plan = testData.plan(a, PlanStatus.ACTIVE);
        long section = sections.add(a.id(), plan, new SectionDetails("1", "Section " + unique, null, person));
        long outcome = outcomes.add(a.id(), plan, section, new OutcomeDetails("1.1", "Outcome " + unique, "Ofsted"));
        long action = actions.add(a.id(), plan, new ActionDetails(section, outcome, "A1", "Action " + unique, person,
                null, "Dec 26", null, List.of()));
        long measure = measures.add(a.id(), plan, action, new SuccessMeasureDetails("Measure " + unique,
                BigDecimal.TEN, "%", LocalDate.of(2027, 3, 31)));
        long term = plans.addGlossaryTerm(a.id(), plan, "SECRETA", "Meaning " + unique);
        SignedInUser ownerOfA = (SignedInUser) users.loadUserByUsername(a.username(Role.PLAN_OWNER));
        long published = publishedPack(ownerOfA, plan, unique);
        long period = periods.create(a.id(), plan, new PeriodDetails("Period " + unique, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 7)));
        periods.open(ownerOfA, plan, period, 0);
        long update = updates.save(ownerOfA, plan, action, period, null,
                new UpdateDraft(2, "Update " + unique, "Evidence " + unique, true)).id();
        IndicatorDefinition indicatorDefinition = TestData.indicator(section, "SECRET-" + a.id(), "Indicator " + unique);
        long indicator = indicators.define(a.id(), plan, indicatorDefinition);
        indicatorValues.save(a.id(), ownerOfA.accountId(), new ValueEntry(indicator, YearMonth.of(2026, 5),
                new Figures(new BigDecimal("61.5"), null, null, "Note " + unique), null));
        long token = apiTokens.create(ownerOfA, "Token " + unique, 30).id();
        long contributor = ((SignedInUser) users.loadUserByUsername(a.username(Role.CONTRIBUTOR))).accountId();
        partners.limit(a.id(), contributor);
        partners.name(a.id(), contributor, 0, List.of(action));
        String pendingImport = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into pending_import (id, organisation_id, account_id, file_name, content, created_at)
                values (?, ?, ?, ?, ?, ?)""").params(pendingImport, a.id(), ownerOfA.accountId(), "Import " + unique
                + ".csv", "Action,Lead\nAction of the import,AD\n".getBytes(StandardCharsets.UTF_8),
                OffsetDateTime.now()).update();
        idsOfA = Map.ofEntries(Map.entry("importId", pendingImport), Map.entry("planId", plan), Map.entry("sectionId", section),
                Map.entry("outcomeId", outcome), Map.entry("actionId", action), Map.entry("measureId", measure),
                Map.entry("termId", term), Map.entry("personId", person), Map.entry("periodId", period),
                Map.entry("updateId", update), Map.entry("indicatorId", indicator), Map.entry("month", "2026-05"),
                Map.entry("tokenId", token), Map.entry("accountId", contributor), Map.entry("packId", published),
                Map.entry("format", "html"), Map.entry("organisationId", a.id()));
        secretsOfA = List.of(reader.plan(a.id(), plan).title(), "Section " + unique, "Outcome " + unique,
                "Action " + unique, "Measure " + unique, "Meaning " + unique, "Person " + unique, "SECRETA",
                "Period " + unique, "Update " + unique, "Evidence " + unique, "Indicator " + unique, "Note " + unique,
                "SECRET-" + a.id(), "Token " + unique, "Import " + unique, "Action of the import", Role.CONTRIBUTOR.label() + " of " + a.name());

        b = testData.organisation();
        SmallPlan planOfB = testData.smallPlan(b, PlanStatus.ACTIVE);
        idsOfB = Map.of("planId", planOfB.planId(), "sectionId", planOfB.sectionId(), "actionId", planOfB.actionId());
    }

    /** A board pack of A's, published for a closed period before the open one. */
    private long publishedPack(SignedInUser owner, long plan, String unique) {
        long april = periods.create(a.id(), plan, new PeriodDetails("Earlier period " + unique, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 7)));
        periods.open(owner, plan, april, 0);
        periods.close(owner, plan, april, periods.period(a.id(), plan, april).version());
        return publishedPacks.publish(owner, plan, april, BoardPackOptions.defaults()).id();
    }

    @Test
    void everyPageRouteAnswersNotFoundForAnotherOrganisationsIds() throws Exception {
        Snapshot before = snapshot();
        List<String> tried = new ArrayList<>();

        for (Route route : routesWithIds(false)) {
            for (Map<String, Object> ids : idCombinations(route)) {
                String path = route.path(ids);
                MockHttpServletRequestBuilder request = route.isRead() ? get(path)
                        : request(HttpMethod.valueOf(route.method().name()), path).with(csrf());
                formFields().forEach(request::param);
                MvcResult result = mvc.perform(request.with(administratorOfB())).andReturn();
                String body = result.getResponse().getContentAsString();

                assertThat(result.getResponse().getStatus()).as(route + " as " + path).isEqualTo(404);
                assertThat(body).as(route + " as " + path).contains("Page not found");
                assertNothingOfA(body, route + " as " + path);
                tried.add(route.method() + " " + path);
            }
        }

        assertThat(tried).as("page routes tried").hasSizeGreaterThan(40);
        assertThat(tried).as("API token pages tried").contains("GET /account/tokens/" + idsOfA.get("tokenId") + "/revoke",
                "POST /account/tokens/" + idsOfA.get("tokenId") + "/revoke");
        assertThat(tried).as("members pages tried").contains("GET /organisation/members/" + idsOfA.get("accountId") + "/edit",
                "POST /organisation/members/" + idsOfA.get("accountId") + "/deactivate");
        assertThat(tried).as("partner access pages tried").contains("GET /organisation/partners/"
                + idsOfA.get("accountId"), "POST /organisation/partners/" + idsOfA.get("accountId") + "/lift");
        assertThat(tried).as("audit pages tried").contains("GET /plans/" + idsOfA.get("planId") + "/audit",
                "GET /plans/" + idsOfB.get("planId") + "/actions/" + idsOfA.get("actionId") + "/audit");
        assertThat(tried).as("indicator pages tried").contains("GET /indicators/" + idsOfA.get("indicatorId"),
                "GET /plans/" + idsOfA.get("planId") + "/indicators");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void everyApiRouteAnswersNotFoundProblemForAnotherOrganisationsIds() throws Exception {
        Snapshot before = snapshot();
        List<String> tried = new ArrayList<>();

        for (Route route : routesWithIds(true)) {
            for (Map<String, Object> ids : idCombinations(route)) {
                String path = route.path(ids);
                MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method().name()), path)
                        .with(httpBasic(b.username(Role.ADMINISTRATOR), TestData.PASSWORD)).param("version", "0");
                if (!route.isRead()) {
                    request.contentType(MediaType.APPLICATION_JSON).content("""
                            {"title": "Changed", "sectionId": %d, "reference": "B1", "description": "Changed",
                             "role": "ADMINISTRATOR", "version": 0}""".formatted((Long) idsOfA.get("sectionId")));
                }
                String body = mvc.perform(request)
                        .andExpect(status().isNotFound())
                        .andExpect(jsonPath("$.status").value(404))
                        .andExpect(jsonPath("$.title").value("Not found"))
                        .andReturn().getResponse().getContentAsString();
                assertNothingOfA(body, route + " as " + path);
                tried.add(route.method() + " " + path);
            }
        }

        assertThat(tried).as("members API tried").contains("PUT /api/members/" + idsOfA.get("accountId") + "/role",
                "POST /api/members/" + idsOfA.get("accountId") + "/deactivate");
        assertThat(tried).as("API routes tried").contains("GET /api/plans/" + idsOfA.get("planId"),
                "GET /api/plans/" + idsOfA.get("planId") + "/audit",
                "GET /api/indicators/" + idsOfA.get("indicatorId"),
                "PUT /api/indicators/" + idsOfA.get("indicatorId") + "/values/2026-05",
                "POST /api/plans/" + idsOfA.get("planId") + "/indicators",
                "PUT /api/plans/" + idsOfA.get("planId") + "/actions/" + idsOfA.get("actionId"),
                "PUT /api/plans/" + idsOfB.get("planId") + "/actions/" + idsOfA.get("actionId"),
                "PUT /api/partners/" + idsOfA.get("accountId") + "/actions", "DELETE /api/partners/" + idsOfA.get("accountId"),
                "GET /api/organisations/" + a.id() + "/export", "POST /api/organisations/" + a.id() + "/restore");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void listsShowNothingOfAnotherOrganisation() throws Exception {
        for (String path : List.of("/plans", "/people", "/plans/" + idsOfB.get("planId"),
                "/plans/" + idsOfB.get("planId") + "/actions", "/plans/" + idsOfB.get("planId") + "/glossary",
                "/plans/" + idsOfB.get("planId") + "/actions/new", "/plans/" + idsOfB.get("planId") + "/sections/new")) {
            String body = mvc.perform(get(path).with(administratorOfB())).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertNothingOfA(body, path);
        }
        String api = mvc.perform(get("/api/plans").with(httpBasic(b.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertNothingOfA(api, "/api/plans");
        String indicatorsOfB = mvc.perform(get("/api/plans/" + idsOfB.get("planId") + "/indicators")
                        .param("month", "2026-05").param("section", idsOfA.get("sectionId").toString())
                        .with(httpBasic(b.username(Role.VIEWER), TestData.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(indicatorsOfB).isEqualTo("[]");
    }

    @Test
    void theAuditTrailShowsNothingOfAnotherOrganisation() throws Exception {
        var adminOfB = user(users.loadUserByUsername(b.username(Role.ADMINISTRATOR)));
        long personOfA = ((SignedInUser) users.loadUserByUsername(a.username(Role.PLAN_OWNER))).accountId();

        for (String path : List.of("/audit", "/audit/export", "/audit?person=" + personOfA,
                "/plans/" + idsOfB.get("planId") + "/audit", "/plans/" + idsOfB.get("planId") + "/audit/export")) {
            String body = mvc.perform(get(path).with(adminOfB)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertNothingOfA(body, path);
        }
        for (String path : List.of("/api/audit", "/api/audit?person=" + personOfA)) {
            String body = mvc.perform(get(path).with(httpBasic(b.username(Role.ADMINISTRATOR), TestData.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertNothingOfA(body, path);
        }
        String ownTrailOfA = mvc.perform(get("/audit").with(user(users.loadUserByUsername(a.username(Role.ADMINISTRATOR)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(ownTrailOfA).as("A's own trail has what B must not see").contains("Section " + "of " + a.name());
    }

    @Test
    void searchingWithAnotherOrganisationsPersonOrSectionFindsNothing() throws Exception {
        String plan = "/plans/" + idsOfB.get("planId") + "/actions";

        for (String[] filter : new String[][] {{"lead", idsOfA.get("personId").toString()},
                {"section", idsOfA.get("sectionId").toString()}}) {
            String body = mvc.perform(get(plan).param(filter[0], filter[1]).with(administratorOfB())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(Html.text(body)).as(filter[0]).contains("0 actions found");
            assertNothingOfA(body, filter[0]);
        }
    }

    @Test
    void anotherOrganisationsRecordsCannotBeLinkedFromOurPlan() throws Exception {
        Snapshot before = snapshot();
        long planOfB = (Long) idsOfB.get("planId");
        PlanTree treeOfB = reader.tree(b.id(), planOfB);

        String inTheirSection = problemPage(post("/plans/" + planOfB + "/actions/new").param("sectionId",
                idsOfA.get("sectionId").toString()).param("reference", "B9").param("description", "x"));
        String ledByTheirPerson = problemPage(post("/plans/" + planOfB + "/actions/new").param("sectionId",
                idsOfB.get("sectionId").toString()).param("reference", "B9").param("description", "x")
                .param("leadPersonId", idsOfA.get("personId").toString()));
        String referringToTheirAction = problemPage(post("/plans/" + planOfB + "/actions/new").param("sectionId",
                idsOfB.get("sectionId").toString()).param("reference", "B9").param("description", "x")
                .param("crossReferences", "A1"));
        String sectionLedByTheirPerson = problemPage(post("/plans/" + planOfB + "/sections/new").param("number", "2")
                .param("title", "x").param("leadPersonId", idsOfA.get("personId").toString()));

        assertThat(Html.text(inTheirSection)).contains("Choose a section of this plan");
        assertThat(Html.text(ledByTheirPerson)).contains("Choose a person from your organisation");
        assertThat(Html.text(referringToTheirAction)).contains("No action in this plan has the reference A1");
        assertThat(Html.text(sectionLedByTheirPerson)).contains("Choose a person from your organisation");
        mvc.perform(put("/api/plans/" + planOfB + "/actions/" + idsOfB.get("actionId"))
                        .with(httpBasic(b.username(Role.PLAN_OWNER), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"sectionId": %d, "reference": "1.1 i)", "description": "x", "leadPersonId": %d,
                                 "version": 0}""".formatted((Long) idsOfB.get("sectionId"), (Long) idsOfA.get("personId"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leadPersonId"));

        assertThat(reader.tree(b.id(), planOfB)).isEqualTo(treeOfB);
        assertThat(snapshot()).isEqualTo(before);
    }

    /** Routes taking at least one id; the API ones or the page ones. */
    private List<Route> routesWithIds(boolean api) {
        return Routes.all(mapping).stream()
                .filter(route -> route.isApi() == api && !route.variables().isEmpty())
                .toList();
    }

    /**
     * A's ids everywhere; and, where the route takes a plan and something in it, B's own plan with A's
     * record in it, so that checking the plan alone is not enough.
     */
    private List<Map<String, Object>> idCombinations(Route route) {
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(idsOfA);
        Set<String> variables = route.variables();
        if (variables.contains("planId") && variables.size() > 1) {
            Map<String, Object> mixed = new HashMap<>(idsOfA);
            mixed.put("planId", idsOfB.get("planId"));
            combinations.add(mixed);
        }
        return combinations;
    }

    /** Valid values for every edit form, pointing at A's records, so only the organisation check can refuse. */
    private Map<String, String> formFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("title", "Changed by B");
        fields.put("number", "9");
        fields.put("text", "Changed by B");
        fields.put("name", "Changed by B");
        fields.put("reference", "B1");
        fields.put("description", "Changed by B");
        fields.put("sectionId", idsOfA.get("sectionId").toString());
        fields.put("abbreviation", "BBB");
        fields.put("meaning", "Changed by B");
        fields.put("direction", "UP");
        fields.put("version", "0");
        return fields;
    }

    private void assertNothingOfA(String body, String what) {
        for (String secret : secretsOfA) {
            assertThat(body).as(what).doesNotContain(secret, Html.escape(secret));
        }
    }

    private String problemPage(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(administratorOfB()).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(body).contains("There is a problem");
        assertNothingOfA(body, "form");
        return body;
    }

    private Snapshot snapshot() {
        List<Plan> all = new ArrayList<>(reader.plans(a.id()));
        all.addAll(reader.plans(b.id()));
        long planOfA = (Long) idsOfA.get("planId");
        long planOfB = (Long) idsOfB.get("planId");
        List<Person> everyone = new ArrayList<>(people.all(a.id()));
        everyone.addAll(people.all(b.id()));
        return new Snapshot(all, List.of(reader.tree(a.id(), planOfA), reader.tree(b.id(), planOfB)),
                List.of(reader.glossary(a.id(), planOfA), reader.glossary(b.id(), planOfB)), everyone,
                indicatorReader.detail(a.id(), (Long) idsOfA.get("indicatorId")));
    }

    @Test
    void anotherOrganisationsMembersAndOrganisationCannotBeReachedBySwitchingOrInviting() throws Exception {
        SignedInUser administratorOfB = (SignedInUser) users.loadUserByUsername(b.username(Role.ADMINISTRATOR));
        String email = "contributor." + a.id() + "@example.org";
        jdbc.sql("update account set email = ? where id = ?").params(email, idsOfA.get("accountId")).update();

        String switched = mvc.perform(post("/organisation/switch").param("organisationId", String.valueOf(a.id()))
                        .with(user(administratorOfB)).with(csrf()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String members = mvc.perform(get("/organisation/members").with(user(administratorOfB)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String api = mvc.perform(get("/api/plans").header("X-Organisation", a.id())
                        .with(httpBasic(b.username(Role.ADMINISTRATOR), TestData.PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertNothingOfA(switched, "switch");
        assertNothingOfA(members, "members");
        assertNothingOfA(api, "X-Organisation");
        assertThat(members).doesNotContain(a.username(Role.CONTRIBUTOR));
        // Inviting A's member into B adds a membership of B only, which they accept by signing in: A is untouched
        mvc.perform(post("/api/members/invitations").with(httpBasic(b.username(Role.ADMINISTRATOR), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"email\": \"%s\", \"role\": \"ADMINISTRATOR\"}".formatted(email)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVITED"))
                .andExpect(jsonPath("$.role").value("ADMINISTRATOR"));
        SignedInUser contributorOfA = (SignedInUser) users.loadUserByUsername(a.username(Role.CONTRIBUTOR));
        assertThat(contributorOfA.organisationId()).isEqualTo(a.id());
        assertThat(contributorOfA.role()).isEqualTo(Role.CONTRIBUTOR);
    }

    /** B's administrator, who may use every route, so that only the organisation check can refuse. */
    private RequestPostProcessor administratorOfB() {
        return user(users.loadUserByUsername(b.username(Role.ADMINISTRATOR)));
    }

}
