package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestInvitations;
import org.improvementtracker.accounts.Invitations;
import org.improvementtracker.accounts.Invitee;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.people.People;
import org.improvementtracker.people.PersonDetails;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.OutcomeDetails;
import org.improvementtracker.plans.OutcomeService;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.SectionDetails;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Text people type (or import) is shown as text, never run as markup: every text field of every kind of
 * record, filled with script and attribute-breaking markup, comes back escaped on every page that shows it.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestData.class, TestInvitations.class})
class XssTests {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    /** For fields of 20 characters. */
    static final String SHORT = "\"><b onclick=x>";

    /** Only the layout's own scripts, which load files of ours. */
    private static final Pattern FOREIGN_SCRIPT = Pattern.compile("<script(?! src=\"/js/| type=\"module\" src=\"/js/)");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData testData;

    @Autowired
    UserDetailsService users;

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
    Invitations invitations;

    @Autowired
    TestInvitations mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PartnerAccess partners;

    Organisation organisation;

    // Every text field of every kind of record
    final String planTitle = SCRIPT + " plan title";
    final String versionLabel = IMAGE + "v";
    final String vision = SCRIPT + IMAGE + " vision";
    final String governance = IMAGE + SCRIPT + " governance";
    final String sectionLabel = SCRIPT + "sl";
    final String outcomeLabel = IMAGE + "ol";
    final String sectionNumber = SHORT + "1";
    final String sectionTitle = SCRIPT + " section title";
    final String sectionDescription = IMAGE + " section description";
    final String outcomeNumber = SHORT + "2";
    final String outcomeText = SCRIPT + " outcome text";
    final String firstTag = IMAGE + " tag";
    final String secondTag = SCRIPT + " tag2";
    final String reference = SCRIPT + "r";
    final String actionDescription = "Uses " + SCRIPT + " and " + IMAGE + " action description";
    final String timescale = SCRIPT + " ts";
    final String measureText = SCRIPT + " measure";
    final String unit = IMAGE;
    final String abbreviation = SCRIPT;
    final String meaning = IMAGE + " meaning";
    final String personName = SCRIPT + " person";
    final String jobTitle = IMAGE + " job";
    final String email = SCRIPT + "@example.org";

    long planId;
    long sectionId;
    long outcomeId;
    long actionId;
    long measureId;
    long termId;
    long personId;

    @BeforeEach
    void markupEverywhere() {
        organisation = testData.organisation();
        personId = people.add(organisation.id(), new PersonDetails(personName, jobTitle, email));
        planId = plans.create(organisation.id(), new PlanDetails(planTitle, versionLabel, PlanStatus.ACTIVE,
                LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), vision, governance, RatingScale.PROGRESS_5,
                sectionLabel, outcomeLabel));
        sectionId = sections.add(organisation.id(), planId, new SectionDetails(sectionNumber, sectionTitle,
                sectionDescription, personId));
        outcomeId = outcomes.add(organisation.id(), planId, sectionId, new OutcomeDetails(outcomeNumber, outcomeText,
                firstTag + "; " + secondTag));
        actionId = actions.add(organisation.id(), planId, new ActionDetails(sectionId, outcomeId, reference,
                actionDescription, personId, personId, timescale, null, List.of()));
        measureId = measures.add(organisation.id(), planId, actionId, new SuccessMeasureDetails(measureText,
                new BigDecimal("80"), unit, LocalDate.of(2027, 3, 31)));
        termId = plans.addGlossaryTerm(organisation.id(), planId, abbreviation, meaning);
    }

    @Test
    void everyPageShowsTheMarkupAsText() throws Exception {
        String plan = "/plans/" + planId;
        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put("/plans", List.of(planTitle, versionLabel));
        shown.put(plan, List.of(planTitle, versionLabel, vision, governance, sectionLabel, outcomeLabel, sectionNumber,
                sectionTitle, personName));
        shown.put(plan + "/sections/" + sectionId, List.of(planTitle, sectionLabel, outcomeLabel, sectionNumber,
                sectionTitle, sectionDescription, personName, outcomeNumber, outcomeText, firstTag, secondTag, reference,
                actionDescription, timescale));
        // The action page explains the glossary's abbreviation (here the script tag itself) wherever it occurs.
        shown.put(plan + "/actions/" + actionId, List.of(planTitle, sectionLabel, outcomeLabel, sectionNumber,
                sectionTitle, outcomeNumber, " outcome text", firstTag, secondTag, reference, "Uses ", " and "
                + IMAGE + " action description", abbreviation, meaning, " person", timescale,
                " measure", unit));
        shown.put(plan + "/actions", List.of(planTitle, sectionLabel, sectionNumber, sectionTitle, personName, jobTitle,
                reference, actionDescription));
        shown.put(plan + "/glossary", List.of(planTitle, abbreviation, meaning));
        shown.put("/people", List.of(personName, jobTitle, email));
        shown.put(plan + "/edit", List.of(planTitle, versionLabel, vision, governance, sectionLabel, outcomeLabel));
        shown.put(plan + "/remove", List.of(planTitle));
        shown.put(plan + "/sections/new", List.of(planTitle, sectionLabel, personName, jobTitle));
        shown.put(plan + "/sections/" + sectionId + "/edit", List.of(planTitle, sectionLabel, sectionNumber,
                sectionTitle, sectionDescription, personName));
        shown.put(plan + "/sections/" + sectionId + "/remove", List.of(sectionLabel, sectionNumber, sectionTitle));
        shown.put(plan + "/sections/" + sectionId + "/outcomes/new", List.of(outcomeLabel, sectionNumber, sectionTitle));
        shown.put(plan + "/outcomes/" + outcomeId + "/edit", List.of(outcomeLabel, sectionNumber, sectionTitle,
                outcomeNumber, outcomeText, firstTag + "; " + secondTag));
        shown.put(plan + "/outcomes/" + outcomeId + "/remove", List.of(outcomeLabel, outcomeNumber, outcomeText));
        shown.put(plan + "/actions/new", List.of(planTitle, sectionLabel, outcomeLabel, sectionNumber, sectionTitle,
                outcomeNumber, outcomeText, personName, jobTitle));
        shown.put(plan + "/actions/" + actionId + "/edit", List.of(planTitle, reference, actionDescription, timescale,
                sectionNumber, sectionTitle, outcomeNumber, outcomeText, personName, jobTitle));
        shown.put(plan + "/actions/" + actionId + "/remove", List.of(reference, actionDescription));
        shown.put(plan + "/actions/" + actionId + "/measures/new", List.of(reference));
        shown.put(plan + "/measures/" + measureId + "/edit", List.of(reference, measureText, unit));
        shown.put(plan + "/measures/" + measureId + "/remove", List.of(measureText));
        shown.put(plan + "/glossary/new", List.of(planTitle));
        shown.put(plan + "/glossary/" + termId + "/edit", List.of(planTitle, abbreviation, meaning));
        shown.put("/people/" + personId + "/edit", List.of(personName, jobTitle, email));

        for (Map.Entry<String, List<String>> page : shown.entrySet()) {
            String body = read(get(page.getKey()));
            assertNoMarkupFromUsers(body, page.getKey());
            for (String text : page.getValue()) {
                assertThat(body).as(page.getKey() + " shows " + text).contains(Html.escape(text));
            }
        }
    }

    @Test
    void theAuditTrailAndPartnerAccessPagesShowTheMarkupAsText() throws Exception {
        String plan = "/plans/" + planId;
        long contributor = testData.accountId(organisation.username(Role.CONTRIBUTOR));
        partners.limit(organisation.id(), contributor);
        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put(plan + "/audit", List.of(planTitle, sectionTitle, actionDescription, measureText));
        shown.put(plan + "/actions/" + actionId + "/audit", List.of(actionDescription, measureText));
        shown.put("/audit", List.of(planTitle, personName, jobTitle));
        shown.put("/organisation/partners/" + contributor, List.of(planTitle, sectionTitle, reference,
                actionDescription));
        var administrator = user(users.loadUserByUsername(organisation.username(Role.ADMINISTRATOR)));

        for (Map.Entry<String, List<String>> page : shown.entrySet()) {
            String body = mvc.perform(get(page.getKey()).with(administrator)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertNoMarkupFromUsers(body, page.getKey());
            for (String text : page.getValue()) {
                assertThat(body).as(page.getKey() + " shows " + text).contains(Html.escape(text));
            }
        }
    }

    @Test
    void abbreviationInMarkupIsExplainedWithEscapedText() throws Exception {
        String description = Html.inside(read(get("/plans/" + planId + "/actions/" + actionId)), "id=\"description\"", "</p>");

        assertThat(description).contains("<abbr title=\"" + Html.escape(meaning) + "\">" + Html.escape(abbreviation) + "</abbr>");
        assertNoMarkupFromUsers(description, "description");
    }

    @Test
    void whatIsTypedIntoTheSearchIsShownBackAsText() throws Exception {
        String page = read(get("/plans/" + planId + "/actions").param("text", SCRIPT).param("dueFrom", IMAGE)
                .param("dueTo", SCRIPT));

        assertNoMarkupFromUsers(page, "search");
        assertThat(page).contains("value=\"" + Html.escape(SCRIPT) + "\"", "value=\"" + Html.escape(IMAGE) + "\"",
                "Due from must be a real date");
    }

    @Test
    void refusedFormInputIsShownBackAsText() throws Exception {
        String person = read(post("/people/new").with(csrf()).param("name", SCRIPT).param("jobTitle", IMAGE)
                .param("email", IMAGE));
        String action = read(post("/plans/" + planId + "/actions/new").with(csrf())
                .param("sectionId", String.valueOf(sectionId)).param("reference", "X1").param("description", IMAGE)
                .param("timescaleText", SCRIPT).param("crossReferences", SCRIPT));
        String due = read(post("/plans/" + planId + "/actions/new").with(csrf())
                .param("sectionId", String.valueOf(sectionId)).param("reference", "X2").param("description", "x")
                .param("dueDate", IMAGE));
        String plan = read(post("/plans/new").with(csrf()).param("title", SCRIPT.repeat(13)).param("vision", IMAGE)
                .param("startsOn", SCRIPT));

        for (String page : List.of(person, action, due, plan)) {
            assertThat(page).contains("There is a problem");
            assertNoMarkupFromUsers(page, "refused form");
        }
        assertThat(person).contains("value=\"" + Html.escape(SCRIPT) + "\"", "value=\"" + Html.escape(IMAGE) + "\"");
        assertThat(action).contains("No action in this plan has the reference " + Html.escape(SCRIPT),
                ">" + Html.escape(IMAGE) + "</textarea>");
        assertThat(due).contains("value=\"" + Html.escape(IMAGE) + "\"", "Due date must be a real date");
        assertThat(plan).contains(">" + Html.escape(IMAGE) + "</textarea>", Html.escape(SCRIPT.repeat(13)));
    }

    @Test
    void bannersAfterSavingShowTheMarkupAsText() throws Exception {
        MvcResult added = mvc.perform(post("/people/new").with(owner()).with(csrf()).param("name", SCRIPT + " new"))
                .andExpect(status().isFound()).andReturn();
        MvcResult glossary = mvc.perform(post("/plans/" + planId + "/glossary/new").with(owner()).with(csrf())
                .param("abbreviation", IMAGE).param("meaning", SCRIPT)).andExpect(status().isFound()).andReturn();
        MvcResult removed = mvc.perform(post("/plans/" + planId + "/actions/" + actionId + "/remove").with(owner())
                .with(csrf()).param("version", "0")).andExpect(status().isFound()).andReturn();

        for (MvcResult saved : List.of(added, glossary, removed)) {
            String page = read(afterRedirect(saved, saved.getResponse().getRedirectedUrl()));
            assertThat(page).contains("govuk-notification-banner__heading");
            assertNoMarkupFromUsers(page, saved.getResponse().getRedirectedUrl());
        }
        assertThat(read(afterRedirect(added, "/people"))).contains(Html.escape(SCRIPT + " new added."));
    }

    @Test
    void markupEnteredThroughTheFormsIsStoredAsTypedAndShownAsText() throws Exception {
        MvcResult created = mvc.perform(post("/plans/new").with(owner()).with(csrf()).param("title", SCRIPT + " typed")
                .param("vision", IMAGE + " typed")).andExpect(status().isFound()).andReturn();
        String overview = read(get(created.getResponse().getRedirectedUrl()));

        assertNoMarkupFromUsers(overview, "typed plan");
        assertThat(overview).contains("<h1 class=\"govuk-heading-xl\">" + Html.escape(SCRIPT + " typed") + "</h1>",
                Html.escape(IMAGE + " typed"));
    }

    @Test
    void memberPagesTheInvitationAndTheSwitcherShowTheMarkupAsText() throws Exception {
        SignedInUser administrator = (SignedInUser) users.loadUserByUsername(organisation.username(Role.ADMINISTRATOR));
        String memberName = SCRIPT + " member";
        String email = "member." + organisation.id() + "@example.org";
        long member = invitations.invite(administrator, new Invitee(memberName, email, Role.VIEWER));
        Organisation partner = testData.organisation();
        testData.member(partner, administrator.accountId(), Role.VIEWER);
        String partnerName = IMAGE + " partner " + partner.id();
        jdbc.sql("update organisation set name = ? where id = ?").params(partnerName, partner.id()).update();

        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put("/organisation/members", List.of(memberName, partnerName));
        shown.put("/organisation/members/new", List.of(personName, jobTitle));
        shown.put("/organisation/members/" + member + "/edit", List.of(memberName));
        shown.put("/organisation/members/" + member + "/deactivate", List.of(memberName));
        shown.put("/outbox", List.of(memberName));
        for (Map.Entry<String, List<String>> page : shown.entrySet()) {
            String body = mvc.perform(get(page.getKey()).with(user(administrator))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertNoMarkupFromUsers(body, page.getKey());
            for (String text : page.getValue()) {
                assertThat(body).as(page.getKey() + " shows " + text).contains(Html.escape(text));
            }
        }
        String invitation = mvc.perform(get("/invitation").param("token", mail.secret(organisation.id(), email)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertNoMarkupFromUsers(invitation, "invitation");
        assertThat(invitation).contains(Html.escape(memberName));
        String refused = mvc.perform(post("/organisation/members/new").with(user(administrator)).with(csrf())
                .param("name", SCRIPT).param("email", IMAGE).param("role", SCRIPT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertNoMarkupFromUsers(refused, "refused invitation");
        assertThat(refused).contains("There is a problem", "value=\"" + Html.escape(SCRIPT) + "\"");
    }

    private static void assertNoMarkupFromUsers(String page, String what) {
        assertThat(page).as(what).doesNotContain(SCRIPT, IMAGE, SHORT, "<img", "<b onclick", "alert(1)</script>");
        assertThat(FOREIGN_SCRIPT.matcher(page).find()).as(what + " has a script of its own only").isFalse();
    }

    /**
     * The page a redirect leads to, with what the saving request flashed to it. Handed over as the
     * request's input flash map: MockMvc's own flashAttrs go through a mock session, which the
     * application's database-backed sessions do not read.
     */
    private static MockHttpServletRequestBuilder afterRedirect(MvcResult saved, String url) {
        return get(url).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, saved.getFlashMap());
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(owner())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor owner() {
        return user(users.loadUserByUsername(organisation.username(Role.PLAN_OWNER)));
    }
}
