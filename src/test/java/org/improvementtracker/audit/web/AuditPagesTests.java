package org.improvementtracker.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.audit.AuditQuery;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What people read in the audit trail: who changed what, from where, before and after; filters that only
 * ever filter; CSV that Excel cannot run; and only the roles that may read it get in.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.class})
class AuditPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

    @Autowired
    StatementCounter statements;

    @LocalServerPort
    int port;

    Organisation organisation;
    SmallPlan plan;

    @BeforeEach
    void planChangedByItsOwner() throws Exception {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        mvc.perform(post("/plans/{p}/actions/{a}/edit", plan.planId(), plan.actionId()).with(as(Role.PLAN_OWNER))
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr("192.0.2.44");
                            return request;
                        })
                        .param("sectionId", Long.toString(plan.sectionId()))
                        .param("outcomeId", Long.toString(plan.outcomeId()))
                        .param("reference", "1.1 i)").param("description", "Review the MASH front door")
                        .param("timescaleText", "Sept 25 - Mar 26").param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theActionsTrailShowsWhoChangedWhatFromWhereBeforeAndAfter() throws Exception {
        String page = page("/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/audit", Role.PLAN_OWNER);
        String text = Html.text(page);

        assertThat(text).contains("Changed action 1.1 i)", "Plan owner of " + organisation.name(), "192.0.2.44",
                "Description Review the MASH Review the MASH front door", "Timescale text Sept 25 - Jan 26 Sept 25 - Mar 26",
                "Created action 1.1 i)");
        assertThat(text).as("an update lists only what changed").doesNotContain("Reference 1.1 i) 1.1 i)");
        assertThat(text.indexOf("Changed action")).as("newest first").isLessThan(text.indexOf("Created action"));
        assertThat(page).contains("href=\"/plans/" + plan.planId() + "/actions/" + plan.actionId() + "\"");
    }

    @Test
    void thePlansTrailHasItsPartsAndAnotherPlansChangesAreNotInIt() throws Exception {
        SmallPlan other = testData.smallPlan(organisation, PlanStatus.ACTIVE);

        String text = Html.text(page("/plans/" + plan.planId() + "/audit", Role.ADMINISTRATOR));

        assertThat(text).contains("Created plan", "Created section 1. Front door", "Created outcome 1.1",
                "Created success measure 80% of contacts", "Changed action 1.1 i)");
        assertThat(page("/plans/" + other.planId() + "/audit", Role.ADMINISTRATOR)).doesNotContain("192.0.2.44");
    }

    @ParameterizedTest
    @EnumSource(names = {"VIEWER", "CONTRIBUTOR"})
    void viewersAndContributorsCannotReadTrails(Role role) throws Exception {
        for (String path : List.of("/plans/" + plan.planId() + "/audit", "/plans/" + plan.planId() + "/audit/export",
                "/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/audit", "/audit", "/audit/export")) {
            mvc.perform(get(path).with(as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/plans/{p}/audit", plan.planId()).with(httpBasic(organisation.username(role),
                TestData.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsReadTheWholeOrganisationsTrail() throws Exception {
        mvc.perform(get("/audit").with(as(Role.PLAN_OWNER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(httpBasic(organisation.username(Role.PLAN_OWNER), TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(Html.text(page("/audit", Role.ADMINISTRATOR))).contains("Changed action 1.1 i)");
    }

    @Test
    void filtersNarrowTheListAndSqlInThemIsOnlyText() throws Exception {
        long owner = account(Role.PLAN_OWNER).accountId();
        long viewer = account(Role.VIEWER).accountId();

        assertThat(Html.text(page("/audit?person=" + owner + "&type=Action&action=UPDATE", Role.ADMINISTRATOR)))
                .contains("Changed action 1.1 i)").doesNotContain("Created action");
        assertThat(Html.text(page("/audit?person=" + viewer, Role.ADMINISTRATOR))).contains("No entries found");
        assertThat(Html.text(page("/audit?type=Plan&action=CREATE", Role.ADMINISTRATOR))).contains("Created plan")
                .doesNotContain("Changed action");
        for (String sql : List.of("' or '1'='1", "Action' --", "%", "Action\"; drop table audit_entry; --")) {
            assertThat(Html.text(mvc.perform(get("/audit").param("type", sql).param("action", sql)
                            .with(as(Role.ADMINISTRATOR))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString())).as(sql).contains("No entries found");
        }
        assertThat(Html.text(page("/audit", Role.ADMINISTRATOR))).as("the table is still there")
                .contains("Changed action 1.1 i)");
    }

    @Test
    void datesFilterByDayAndUnreadableOnesAreNamedAndKept() throws Exception {
        assertThat(Html.text(page("/audit?from=1/1/2001&to=31/1/2001", Role.ADMINISTRATOR))).contains("No entries found");
        assertThat(Html.text(page("/audit?from=2001-01-01", Role.ADMINISTRATOR))).contains("Changed action 1.1 i)");

        String wrong = page("/audit?from=yesterday&to=1/1/2001", Role.ADMINISTRATOR);
        assertThat(Html.text(wrong)).contains("There is a problem", "Enter the from date as a date");
        assertThat(wrong).contains("value=\"yesterday\"").as("no export of a filter that cannot be read")
                .doesNotContain("id=\"export\"", "No entries found");
        String reversed = Html.text(page("/audit?from=2/1/2001&to=1/1/2001", Role.ADMINISTRATOR));
        assertThat(reversed).contains("The to date must be on or after the from date");
    }

    @Test
    void theCsvHasTheFilteredEntriesWithFormulasNeutralised() throws Exception {
        mvc.perform(post("/people/new").with(as(Role.PLAN_OWNER)).with(csrf()).param("name", "=HYPERLINK(\"http://x\")")
                .param("jobTitle", "@SUM(A1)")).andExpect(status().is3xxRedirection());

        String csv = mvc.perform(get("/audit/export").param("type", "Person").with(as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("When,Who,Account id,From,Action,What,Id,Label,Plan id,Action id,Before,After");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        assertThat(csv).doesNotContain("Action,Changed");
        assertThat(csv.lines().count()).as("header and the one person").isEqualTo(2);
    }

    @Test
    void theApiGivesBeforeAndAfterAsObjectsNewestFirstAPageAtATime() throws Exception {
        String owner = organisation.username(Role.PLAN_OWNER);
        mvc.perform(get("/api/plans/{p}/audit", plan.planId()).param("limit", "1").with(httpBasic(owner, TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].action").value("UPDATE"))
                .andExpect(jsonPath("$[0].what.type").value("Action"))
                .andExpect(jsonPath("$[0].who.name").value("Plan owner of " + organisation.name()))
                .andExpect(jsonPath("$[0].before.timescaleText").value("Sept 25 - Jan 26"))
                .andExpect(jsonPath("$[0].after.timescaleText").value("Sept 25 - Mar 26"));
        String first = mvc.perform(get("/api/plans/{p}/audit", plan.planId()).param("limit", "1")
                .with(httpBasic(owner, TestData.PASSWORD))).andReturn().getResponse().getContentAsString();
        long firstId = Long.parseLong(first.replaceAll("(?s)^\\[\\{\"id\":(\\d+),.*", "$1"));
        mvc.perform(get("/api/plans/{p}/audit", plan.planId()).param("before", Long.toString(firstId)).param("limit", "1")
                        .with(httpBasic(owner, TestData.PASSWORD)))
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].id").value(org.hamcrest.Matchers.lessThan((int) firstId)));
        mvc.perform(get("/api/audit").param("from", "tomorrow").with(httpBasic(organisation.username(Role.ADMINISTRATOR),
                TestData.PASSWORD))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/audit").param("limit", "501").with(httpBasic(organisation.username(Role.ADMINISTRATOR),
                TestData.PASSWORD))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void signInsAndFailuresAreRecordedUnderTheAccountsOrganisation() throws Exception {
        String owner = organisation.username(Role.PLAN_OWNER);
        WebSession wrong = new WebSession(port);
        wrong.get("/login");
        wrong.post("/login", Map.of("username", owner, "password", "not the password"));
        new WebSession(port).signIn(owner, TestData.PASSWORD);

        String text = Html.text(page("/audit?type=Account", Role.ADMINISTRATOR));

        assertThat(text).contains("Signed in account " + owner, "Sign-in failed account " + owner,
                "Wrong username, password or token");
        assertThat(text.indexOf("Signed in")).isLessThan(text.indexOf("Sign-in failed"));
    }

    @Test
    void aLongTrailIsReadAPageAtATimeOlderEntriesByLink() throws Exception {
        for (int i = 0; i < AuditQuery.PAGE; i++) {
            testData.section(organisation, plan.planId(), Integer.toString(i + 2), "Section " + i);
        }
        String first = page("/plans/" + plan.planId() + "/audit", Role.PLAN_OWNER);
        List<String> olderLinks = Html.all(first, "href=\"([^\"]*)\" rel=\"next\" id=\"older\"");

        assertThat(Html.text(first)).contains("Created section " + (AuditQuery.PAGE + 1) + ". Section " + (AuditQuery.PAGE - 1))
                .doesNotContain("Created plan", "Newest entries");
        assertThat(olderLinks).singleElement().asString().startsWith("/plans/" + plan.planId() + "/audit?before=");
        String second = page(Html.unescape(olderLinks.get(0)), Role.PLAN_OWNER);
        assertThat(Html.text(second)).contains("Created plan", "Newest entries").doesNotContain("Older entries")
                .doesNotContain("Section " + (AuditQuery.PAGE - 1) + " ");
    }

    @Test
    void aPageOfTheTrailTakesTheSameStatementsHoweverLongTheTrail() throws Exception {
        String path = "/plans/" + plan.planId() + "/audit";
        int few = statements.statementsOf(() -> page(path, Role.PLAN_OWNER));
        for (int i = 0; i < 5; i++) {
            testData.section(organisation, plan.planId(), Integer.toString(i + 2), "Section " + i);
        }
        int more = statements.statementsOf(() -> page(path, Role.PLAN_OWNER));

        assertThat(more).isEqualTo(few);
    }

    private String page(String path, Role role) {
        try {
            return mvc.perform(get(path).with(as(role))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private SignedInUser account(Role role) {
        return (SignedInUser) users.loadUserByUsername(organisation.username(role));
    }

    private RequestPostProcessor as(Role role) {
        return user(account(role));
    }
}
