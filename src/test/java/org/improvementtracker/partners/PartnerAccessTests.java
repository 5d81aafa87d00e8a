package org.improvementtracker.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.WebSession;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.CycleFixture;
import org.improvementtracker.reporting.CycleFixture.Cycle;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.reporting.UpdateState;
import org.improvementtracker.support.Inserted;
import org.improvementtracker.support.audit.AuditAction;
import org.improvementtracker.support.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A police or health lead limited to named actions sees and updates those, whether or not they lead
 * them, and is refused everything else with a page or problem that says why. Administrators choose.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(TestData.class)
class PartnerAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerAccess partners;

    @Autowired
    UpdateService updates;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData testData;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    Cycle cycle;
    long periodId;
    long partnerId;
    String partnerName;

    /** A plan of two actions, both led by the contributor, an open period, and a partner named on the second. */
    @BeforeEach
    void partnerNamedOnTheSecondAction() {
        CycleFixture fixture = new CycleFixture(context);
        cycle = fixture.plan(2);
        periodId = fixture.openPeriod(cycle, "May 2026", 5);
        partnerName = "partner-" + cycle.organisation().id();
        partnerId = Inserted.id(jdbc.sql("""
                insert into account (organisation_id, username, display_name, password_hash, created_at)
                select organisation_id, ?, 'Karen Doyle', password_hash, ? from account where username = ?""")
                .params(partnerName, OffsetDateTime.now(), cycle.username(Role.CONTRIBUTOR)));
        testData.member(cycle.organisation(), partnerId, Role.CONTRIBUTOR);
        partners.limit(cycle.organisation().id(), partnerId);
        partners.name(cycle.organisation().id(), partnerId, 0, List.of(namedAction()));
    }

    @Test
    void myActionsListsOnlyTheNamedActionsAndTheMenuOnlyWhatTheyMayOpen() {
        WebSession partner = signedInPartner();

        WebSession.Page home = partner.get("/");
        WebSession.Page mine = partner.get("/my-actions");
        WebSession.Page action = partner.get("/plans/" + cycle.planId() + "/actions/" + namedAction());

        assertThat(home.location()).endsWith("/my-actions");
        assertThat(Html.text(mine.body())).contains("Your access is limited to these actions", "Action 2 of the front door")
                .doesNotContain("Action 1 of the front door", "not linked");
        assertThat(mine.body()).contains("/plans/" + cycle.planId() + "/actions/" + namedAction() + "/updates/" + periodId)
                .doesNotContain("href=\"/plans\"", "href=\"/people\"", "href=\"/plans/" + cycle.planId() + "\"");
        assertThat(action.status()).isEqualTo(200);
        assertThat(Html.text(action.body())).contains("Action 2 of the front door");
        assertThat(action.body()).doesNotContain("href=\"/plans\"", "href=\"/plans/" + cycle.planId() + "\"");
    }

    @Test
    void aPartnerWritesAndSubmitsTheUpdateOfANamedActionTheyDoNotLead() {
        WebSession partner = signedInPartner();
        String form = "/plans/" + cycle.planId() + "/actions/" + namedAction() + "/updates/" + periodId;

        assertThat(Html.text(partner.get(form).body())).contains("Submit for approval")
                .doesNotContain("You can read this update but not change it");
        WebSession.Page saved = partner.post(form, Map.of("rating", "3", "text", "Joint triage running daily",
                "evidence", "Police notifications reviewed within a day", "submit", "true"));

        assertThat(saved.status()).isEqualTo(302);
        ProgressUpdate update = updates.update(cycle.organisation().id(), namedAction(), periodId).orElseThrow();
        assertThat(update.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(update.text()).isEqualTo("Joint triage running daily");
    }

    @Test
    void everyOtherActionPlanAndPageRefusesThePartnerSayingTheirAccessIsLimited() {
        WebSession partner = signedInPartner();
        long otherOrganisationsAction = new CycleFixture(context).plan(1).actionId();
        String plan = "/plans/" + cycle.planId();

        for (String path : List.of(plan + "/actions/" + cycle.actionId() + "/updates/" + periodId,
                plan + "/actions/" + cycle.actionId(), plan, plan + "/dashboard", plan + "/indicators", "/plans",
                "/people", plan + "/actions/" + otherOrganisationsAction + "/updates/" + periodId)) {
            WebSession.Page page = partner.get(path);

            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(Html.text(page.body())).as(path).contains("Your access is limited to named actions",
                    "Go to your actions").doesNotContain("Action 1 of the front door");
        }
        WebSession.Page write = partner.post(plan + "/actions/" + cycle.actionId() + "/updates/" + periodId,
                Map.of("rating", "1", "text", "Not mine", "submit", "true"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId)).isEmpty();
    }

    @Test
    void theApiRefusesThePartnerWithAProblemAndTakesTheirNamedActionsUpdate() throws Exception {
        String other = "/api/plans/" + cycle.planId() + "/actions/" + cycle.actionId() + "/updates/" + periodId;
        String named = "/api/plans/" + cycle.planId() + "/actions/" + namedAction() + "/updates/" + periodId;
        String body = """
                {"rating": 3, "text": "On track", "submit": true}""";

        for (var refused : List.of(get("/api/plans"), get("/api/plans/" + cycle.planId()),
                put(other).contentType(MediaType.APPLICATION_JSON).content(body))) {
            mvc.perform(refused.with(httpBasic(partnerName, TestData.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Limited to named actions"));
        }
        mvc.perform(put(named).with(httpBasic(partnerName, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        assertThat(updates.update(cycle.organisation().id(), cycle.actionId(), periodId)).isEmpty();
    }

    @Test
    void theUpdateServiceKeepsThePartnerToTheirNamedActionsEvenWhereTheyLead() {
        jdbc.sql("update person set account_id = ? where id = ?").params(partnerId, cycle.leadId()).update();
        SignedInUser partner = (SignedInUser) users.loadUserByUsername(partnerName);

        assertThatThrownBy(() -> updates.save(partner, cycle.planId(), cycle.actionId(), periodId, null,
                new UpdateDraft(3, "Led but not named", null, false))).isInstanceOf(AccessDeniedException.class);
        assertThat(updates.save(partner, cycle.planId(), namedAction(), periodId, null,
                new UpdateDraft(3, "Named", null, false)).state()).isEqualTo(UpdateState.DRAFT);
    }

    @Test
    void administratorsLimitAContributorChooseTheirActionsAndLiftTheLimit() throws Exception {
        long contributor = ((SignedInUser) users.loadUserByUsername(cycle.username(Role.CONTRIBUTOR))).accountId();
        String partnerPage = "/organisation/partners/" + contributor;

        String list = page("/organisation/partners");
        mvc.perform(post(partnerPage + "/limit").with(administrator()).with(csrf()))
                .andExpect(redirectedUrl(partnerPage));
        String choices = page(partnerPage);
        mvc.perform(post(partnerPage).with(administrator()).with(csrf()).param("version", "0")
                        .param("actionIds", String.valueOf(cycle.actionId())))
                .andExpect(redirectedUrl("/organisation/partners"));
        Set<Long> named = partners.contributor(cycle.organisation().id(), contributor).actionIds();
        mvc.perform(post(partnerPage + "/lift").with(administrator()).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/organisation/partners"));

        assertThat(Html.text(list)).contains("Karen Doyle", "Limited to 1 action", "Limit to named actions");
        assertThat(Html.text(choices)).contains("1. Front door",
                "1.1 Action 1 of the front door", "1.2 Action 2 of the front door", "Remove the limit");
        assertThat(choices).contains("name=\"actionIds\"", "type=\"checkbox\"");
        assertThat(named).containsExactly(cycle.actionId());
        assertThat(partners.contributor(cycle.organisation().id(), contributor).limited()).isFalse();
        assertThat(events.stream(AuditEvent.class).filter(event -> event.subject().id() == contributor)
                .map(AuditEvent::action)).containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
    }

    @Test
    void choicesSavedOnAStaleCopyAreRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/organisation/partners/" + partnerId).with(administrator()).with(csrf())
                        .param("version", "0").param("actionIds", String.valueOf(cycle.actionId())))
                .andExpect(status().isConflict());

        assertThat(partners.contributor(cycle.organisation().id(), partnerId).actionIds())
                .containsExactly(namedAction());
    }

    @Test
    void administratorsManagePartnerAccessThroughTheApi() throws Exception {
        var admin = httpBasic(cycle.username(Role.ADMINISTRATOR), TestData.PASSWORD);
        long contributor = ((SignedInUser) users.loadUserByUsername(cycle.username(Role.CONTRIBUTOR))).accountId();
        long anotherOrganisationsAction = new CycleFixture(context).plan(1).actionId();
        String actions = "/api/partners/" + contributor + "/actions";

        mvc.perform(get("/api/partners").with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.accountId == " + partnerId + ")].actionIds[0]").value((int) namedAction()));
        mvc.perform(put(actions).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actionIds\": [" + cycle.actionId() + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.limited").value(true))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(actions).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actionIds\": [], \"version\": 0}"))
                .andExpect(status().isConflict());
        mvc.perform(put(actions).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actionIds\": [" + anotherOrganisationsAction + "], \"version\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("actionIds"));
        mvc.perform(get(actions).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.actionIds[0]").value((int) cycle.actionId()));
        long administrator = ((SignedInUser) users.loadUserByUsername(cycle.username(Role.ADMINISTRATOR))).accountId();
        mvc.perform(get("/api/partners/" + administrator + "/actions").with(admin)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/partners/" + contributor).param("version", "1").with(admin))
                .andExpect(status().isNoContent());

        assertThat(partners.contributor(cycle.organisation().id(), contributor).limited()).isFalse();
    }

    private long namedAction() {
        return cycle.actionIds().get(1);
    }

    private WebSession signedInPartner() {
        return new WebSession(port).signIn(partnerName, TestData.PASSWORD);
    }

    private RequestPostProcessor administrator() {
        return user(users.loadUserByUsername(cycle.username(Role.ADMINISTRATOR)));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(administrator())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
