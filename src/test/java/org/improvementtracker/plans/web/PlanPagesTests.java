package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What people read: the plan list, a plan's overview, a section, an action, and finding actions. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class PlanPagesTests {

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
    ActionService actions;

    Organisation organisation;
    String planTitle;
    long planId;
    long frontDoor;
    long practice;
    long outcomeId;
    long leadId;
    long responsibleId;
    long reviewMash;
    long trainStaff;
    long auditFiles;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        leadId = testData.person(organisation, "Leon Adeyemi");
        responsibleId = testData.person(organisation, "Rita Shah");
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        planTitle = reader.plan(organisation.id(), planId).title();
        frontDoor = testData.section(organisation, planId, "1", "Front door");
        practice = testData.section(organisation, planId, "2", "Quality of practice");
        outcomeId = testData.outcome(organisation, planId, frontDoor, "1.1", "Children get help early");
        reviewMash = actions.add(organisation.id(), planId, new ActionDetails(frontDoor, outcomeId, "1.1 i)",
                "Review the MASH arrangements", leadId, responsibleId, "Sept 25 - Jan 26", null, List.of()));
        trainStaff = actions.add(organisation.id(), planId, new ActionDetails(frontDoor, outcomeId, "1.1 ii)",
                "Train staff on thresholds", responsibleId, null, "Dec 25", null, List.of("1.1 i)")));
        auditFiles = actions.add(organisation.id(), planId, new ActionDetails(practice, null, "2.1",
                "Audit case files monthly", null, leadId, "By June 2026", null, List.of()));
        testData.measure(organisation, planId, reviewMash, "80% of contacts decided within 24 hours");
        plans.addGlossaryTerm(organisation.id(), planId, "MASH", "Multi-Agency Safeguarding Hub");
    }

    @Test
    void listShowsTheOrganisationsPlansAndNoOtherOrganisations() throws Exception {
        Organisation other = testData.organisation();
        String otherTitle = reader.plan(other.id(), testData.plan(other, PlanStatus.ACTIVE)).title();

        String page = read("/plans");

        assertThat(page).contains("<a class=\"govuk-link\" href=\"/plans/" + planId + "\">" + planTitle + "</a>");
        assertThat(Html.text(page)).contains(planTitle + " v1 Active 1 April 2025 to 31 March 2027");
        assertThat(page).doesNotContain(otherTitle);
    }

    @Test
    void overviewShowsThePlanWithItsSectionsInOrderAndTheirCounts() throws Exception {
        String text = Html.text(read("/plans/" + planId));

        assertThat(text).contains(planTitle, "Active plan, version v1", "Runs 1 April 2025 to 31 March 2027",
                "Vision Vision", "Governance Board", "Rating scale Progress, 1 to 5",
                "2 priorities, 1 outcome, 3 actions");
        assertThat(text).contains("Priorities Priorities with their counts Priority Lead Outcomes Actions");
        assertThat(text.indexOf("1. Front door")).isPositive().isLessThan(text.indexOf("2. Quality of practice"));
        assertThat(read("/plans/" + planId)).contains("href=\"/plans/" + planId + "/sections/" + frontDoor + "\">1. Front door</a>");
    }

    @Test
    void overviewSpeaksOfSectionsAndOutcomesAsThePlanCallsThem() throws Exception {
        long workStreams = plans.create(organisation.id(), new org.improvementtracker.plans.PlanDetails("Plan with work streams",
                null, PlanStatus.DRAFT, null, null, null, null, org.improvementtracker.plans.RatingScale.RAG,
                "Work stream", "Recommendation"));
        long stream = testData.section(organisation, workStreams, "1", "Early help");
        testData.outcome(organisation, workStreams, stream, "R1", "First");
        testData.outcome(organisation, workStreams, stream, "R2", "Second");

        String text = Html.text(read("/plans/" + workStreams));

        assertThat(text).contains("1 work stream, 2 recommendations, 0 actions", "Work streams Work streams with their counts Work stream Lead Recommendations Actions");
    }

    @Test
    void sectionPageShowsOutcomesWithSourceTagsAndActionsWithTheirTimescales() throws Exception {
        String page = read("/plans/" + planId + "/sections/" + frontDoor);
        String text = Html.text(page);

        assertThat(text).contains("Priority 1", "Front door", "1.1 Children get help early");
        assertThat(page).contains("<strong class=\"govuk-tag govuk-tag--blue govuk-!-margin-right-1\">Ofsted recommendation 1</strong>");
        assertThat(page).contains("href=\"/plans/" + planId + "/actions/" + reviewMash + "\">1.1 i)</a>");
        assertThat(text).contains("1.1 i) Review the MASH arrangements Leon Adeyemi Rita Shah 31 Jan 2026 Written as “Sept 25 - Jan 26”");
        assertThat(text).contains("1.1 ii) Train staff on thresholds Rita Shah Not assigned 31 Dec 2025 Written as “Dec 25”");
        assertThat(text).doesNotContain("Audit case files monthly");
    }

    @Test
    void actionPageShowsTheTimescaleAsWrittenBesideTheDateReadFromIt() throws Exception {
        String page = read("/plans/" + planId + "/actions/" + reviewMash);
        String text = Html.text(page);

        assertThat(Html.text(Html.inside(page, "id=\"due-date\"", "</dd>"))).contains("31 January 2026");
        assertThat(Html.text(Html.inside(page, "id=\"timescale\"", "</dd>")))
                .contains("Sept 25 - Jan 26", "Read as 31 January 2026");
        assertThat(text).contains("Action 1.1 i)", "Review the MASH arrangements", "Priority 1. Front door",
                "Outcome 1.1 Children get help early Ofsted recommendation 1", "Lead officer Leon Adeyemi",
                "Responsible officer Rita Shah");
        assertThat(text).contains("80% of contacts decided within 24 hours 80 % 31 Mar 2027");
        assertThat(page).contains("<strong class=\"govuk-tag govuk-tag--blue govuk-!-margin-right-1\">Ofsted recommendation 1</strong>");
    }

    @Test
    void timescaleThatCannotBeReadIsFlaggedNotGuessed() throws Exception {
        long tbc = actions.add(organisation.id(), planId, new ActionDetails(practice, null, "2.2", "Recruit managers",
                null, null, "TBC", null, List.of()));

        String page = read("/plans/" + planId + "/actions/" + tbc);

        assertThat(Html.text(Html.inside(page, "id=\"due-date\"", "</dd>"))).isEqualTo("No due date");
        assertThat(Html.text(Html.inside(page, "id=\"timescale\"", "</dd>")))
                .contains("TBC", "Date not understood", "\"TBC\" is not a date");
    }

    @Test
    void crossReferenceIsALinkToTheOtherActionsPage() throws Exception {
        String references = Html.inside(read("/plans/" + planId + "/actions/" + trainStaff),
                "id=\"cross-references\"", "</dd>");

        assertThat(references).contains("<a class=\"govuk-link\" href=\"/plans/" + planId + "/actions/" + reviewMash
                + "\">Action 1.1 i)</a>");
        assertThat(Html.text(Html.inside(read("/plans/" + planId + "/actions/" + reviewMash),
                "id=\"cross-references\"", "</dd>"))).contains("No cross-references");
    }

    @Test
    void glossaryAbbreviationOnTheActionPageIsExplainedInAnAbbrElement() throws Exception {
        long whole = actions.add(organisation.id(), planId, new ActionDetails(practice, null, "2.3",
                "Join the MASH and the MASHED teams (MASH)", null, null, null, null, List.of()));

        String description = Html.inside(read("/plans/" + planId + "/actions/" + whole), "id=\"description\"", "</p>");

        assertThat(description).contains("Join the <abbr title=\"Multi-Agency Safeguarding Hub\">MASH</abbr> and");
        assertThat(description).contains("(<abbr title=\"Multi-Agency Safeguarding Hub\">MASH</abbr>)");
        assertThat(description).contains("MASHED").doesNotContain(">MASH</abbr>ED");
        assertThat(description.split("<abbr ", -1)).hasSize(3);
    }

    @Test
    void glossaryPageListsTheTerms() throws Exception {
        assertThat(Html.text(read("/plans/" + planId + "/glossary"))).contains("MASH Multi-Agency Safeguarding Hub");
    }

    @Test
    void searchWithoutFiltersListsTheWholePlan() throws Exception {
        String page = read("/plans/" + planId + "/actions");

        assertThat(found(page)).containsExactly(reviewMash, trainStaff, auditFiles);
        assertThat(Html.text(page)).contains("3 actions in the plan");
    }

    @Test
    void searchFindsWordsInTheDescriptionOrReferenceWhateverTheirCase() throws Exception {
        assertThat(found(search("text", "review the mash"))).containsExactly(reviewMash);
        assertThat(found(search("text", "THRESHOLDS"))).containsExactly(trainStaff);
        assertThat(found(search("text", "1.1 i"))).containsExactly(reviewMash, trainStaff);
        assertThat(found(search("text", "2.1"))).containsExactly(auditFiles);
        String nothing = search("text", "adoption");
        assertThat(found(nothing)).isEmpty();
        assertThat(Html.text(nothing)).contains("0 actions found");
    }

    @Test
    void searchByLeadFindsActionsTheyLeadOrAreResponsibleFor() throws Exception {
        assertThat(found(search("lead", String.valueOf(leadId)))).containsExactly(reviewMash, auditFiles);
        assertThat(found(search("lead", String.valueOf(responsibleId)))).containsExactly(reviewMash, trainStaff);
    }

    @Test
    void searchBySection() throws Exception {
        assertThat(found(search("section", String.valueOf(frontDoor)))).containsExactly(reviewMash, trainStaff);
        assertThat(found(search("section", String.valueOf(practice)))).containsExactly(auditFiles);
    }

    @Test
    void searchByDueDateRangeIncludesBothEnds() throws Exception {
        assertThat(found(search("dueFrom", "1/1/2026", "dueTo", "31/1/2026"))).containsExactly(reviewMash);
        assertThat(found(search("dueFrom", "31/01/2026"))).containsExactly(reviewMash, auditFiles);
        assertThat(found(search("dueTo", "2025-12-31"))).containsExactly(trainStaff);
        assertThat(found(search("dueFrom", "1/7/2026"))).isEmpty();
    }

    @Test
    void searchFiltersCombine() throws Exception {
        assertThat(found(search("text", "a", "lead", String.valueOf(leadId), "section", String.valueOf(practice))))
                .containsExactly(auditFiles);
        assertThat(found(search("section", String.valueOf(frontDoor), "dueTo", "31/12/2025")))
                .containsExactly(trainStaff);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dueFrom|31/02/2026|Due from", "dueTo|next week|Due to", "dueFrom|2026-13-01|Due from"})
    void invalidDateInTheSearchShowsAMessageNotAFailure(String field, String value, String label) throws Exception {
        String page = search(field, value);

        assertThat(Html.text(page)).contains("There is a problem", label + " must be a real date, for example 31/03/2026");
        assertThat(page).contains("value=\"" + Html.escape(value) + "\"").doesNotContain("id=\"results\"");
    }

    @ParameterizedTest(name = "searching for [{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "%|Reach 100% of visits",
            "100%|Reach 100% of visits",
            "_|Rename file_name fields",
            "file_name|Rename file_name fields",
            "'|Check the children's plans",
            "children's|Check the children's plans",
            "\\|Store under C:\\plans",
            "C:\\plans|Store under C:\\plans"})
    void searchTreatsSqlAndLikeCharactersLiterally(String text, String onlyMatch) throws Exception {
        long metaPlan = testData.plan(organisation, PlanStatus.ACTIVE);
        long section = testData.section(organisation, metaPlan, "1", "Everything");
        List<String> descriptions = List.of("Reach 100% of visits", "Reach 1000 visits", "Rename file_name fields",
                "Rename fileXname fields", "Check the children's plans", "Check the childrens plans",
                "Store under C:\\plans", "Store under C:plans");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < descriptions.size(); i++) {
            ids.add(actions.add(organisation.id(), metaPlan, new ActionDetails(section, null, "A" + i,
                    descriptions.get(i), null, null, null, null, List.of())));
        }

        String page = read(get("/plans/" + metaPlan + "/actions").param("text", text));

        assertThat(found(page)).containsExactly(ids.get(descriptions.indexOf(onlyMatch)));
        assertThat(page).contains("value=\"" + Html.escape(text) + "\"");
    }

    @Test
    void sqlInTheSearchTextIsJustText() throws Exception {
        String page = search("text", "x' or '1'='1'; drop table action; --");

        assertThat(found(page)).isEmpty();
        assertThat(found(read("/plans/" + planId + "/actions"))).containsExactly(reviewMash, trainStaff, auditFiles);
    }

    private String search(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/plans/" + planId + "/actions");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return read(request);
    }

    /** The actions in the search results, in the order shown. */
    private static List<Long> found(String page) {
        if (!page.contains("id=\"results\"")) {
            return List.of();
        }
        return Html.all(Html.inside(page, "id=\"results\"", "</table>"), "href=\"/plans/\\d+/actions/(\\d+)\"")
                .stream().map(Long::valueOf).toList();
    }

    private String read(String path) throws Exception {
        return read(get(path));
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(organisation.username(Role.VIEWER)))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
