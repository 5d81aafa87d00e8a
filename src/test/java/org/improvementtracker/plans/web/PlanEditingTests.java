package org.improvementtracker.plans.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.Html;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.people.People;
import org.improvementtracker.people.PersonDetails;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.Outcome;
import org.improvementtracker.plans.OutcomeDetails;
import org.improvementtracker.plans.OutcomeService;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.Section;
import org.improvementtracker.plans.SectionDetails;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.plans.SuccessMeasure;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.improvementtracker.support.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A plan owner builds and changes a plan through the pages; bad input and stale forms change nothing. */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestData.class)
class PlanEditingTests {

    /** The new record's id in the redirect after saving: the last number, or the one in the #fragment. */
    private static final Pattern CREATED = Pattern.compile("(\\d+)$");

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
    JdbcClient jdbc;

    Organisation organisation;

    @BeforeEach
    void organisation() {
        organisation = testData.organisation();
    }

    // Building a plan

    @Test
    void ownerCreatesAPlanThroughTheForm() throws Exception {
        MvcResult created = submit("/plans/new", "title", "Children's Services Improvement Plan", "versionLabel", "v2.1",
                "status", "ACTIVE", "startsOn", "1/4/2026", "endsOn", "2028-03-31", "vision", "Good help early",
                "governance", "Improvement Board, chaired by the DCS", "ratingScale", "RAG", "sectionLabel", "Theme",
                "outcomeLabel", "Recommendation")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "Plan created. Add its sections next."))
                .andReturn();

        Plan plan = reader.plan(organisation.id(), createdId(created));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan.id());
        assertThat(plan).isEqualTo(new Plan(plan.id(), "Children's Services Improvement Plan", "v2.1", PlanStatus.ACTIVE,
                LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), "Good help early",
                "Improvement Board, chaired by the DCS", RatingScale.RAG, "Theme", "Recommendation", 0));
        assertThat(Html.text(page("/plans/" + plan.id()))).contains("Children's Services Improvement Plan",
                "Active plan, version v2.1", "Runs 1 April 2026 to 31 March 2028");
    }

    @Test
    void thePlanFormSaysWhatEachScalesRatingsMean() throws Exception {
        assertThat(Html.text(page("/plans/new"))).contains("What each scale's ratings mean",
                "1 Not started or significantly delayed", "5 Complete and sustained",
                "Complete and sustained; can be removed from the plan.", "4 Blue", "2 Amber");
    }

    @Test
    void ownerEditsAPlanThroughTheForm() throws Exception {
        long planId = testData.plan(organisation, PlanStatus.DRAFT);
        String form = page("/plans/" + planId + "/edit");
        assertThat(form).contains("value=\"" + reader.plan(organisation.id(), planId).title() + "\"", "value=\"01/04/2025\"");

        submit("/plans/" + planId + "/edit", "title", "Renamed plan", "versionLabel", "v3", "status", "ACTIVE",
                "startsOn", "01/05/2025", "endsOn", "31/03/2027", "ratingScale", "BRAG", "sectionLabel", "Priority",
                "outcomeLabel", "Outcome", "version", Html.hiddenValue(form, "version"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "Plan details saved."));

        Plan plan = reader.plan(organisation.id(), planId);
        assertThat(plan.title()).isEqualTo("Renamed plan");
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(plan.ratingScale()).isEqualTo(RatingScale.BRAG);
        assertThat(plan.version()).isEqualTo(1);
    }

    @Test
    void ownerAddsASectionAnOutcomeAnActionAndAMeasure() throws Exception {
        long planId = testData.plan(organisation, PlanStatus.DRAFT);
        long lead = testData.person(organisation, "Leon Adeyemi");

        long sectionId = createdId(submit("/plans/" + planId + "/sections/new", "number", "1", "title", "Front door",
                "description", "Contact, MASH and early help", "leadPersonId", String.valueOf(lead))
                .andExpect(flash().attribute("banner", "Section added.")).andReturn());
        assertThat(reader.section(organisation.id(), planId, sectionId))
                .isEqualTo(new Section(sectionId, planId, 1, "1", "Front door", "Contact, MASH and early help", lead,
                        "Leon Adeyemi", 0));

        long outcomeId = createdId(submit("/plans/" + planId + "/sections/" + sectionId + "/outcomes/new", "number",
                "1.1", "text", "Children get the right help at the right time", "sourceTags",
                "Ofsted recommendation 14; self-evaluation")
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .startsWith("/plans/" + planId + "/sections/" + sectionId + "#outcome-"))
                .andReturn());
        assertThat(reader.outcome(organisation.id(), planId, outcomeId).tags())
                .containsExactly("Ofsted recommendation 14", "self-evaluation");

        long actionId = createdId(submit("/plans/" + planId + "/actions/new", "sectionId", String.valueOf(sectionId),
                "outcomeId", String.valueOf(outcomeId), "reference", "1.1 i)", "description", "Review thresholds",
                "leadPersonId", String.valueOf(lead), "timescaleText", "By June 2026", "dueDate", "")
                .andExpect(flash().attribute("banner", "Action added.")).andReturn());
        Action action = reader.action(organisation.id(), planId, actionId);
        assertThat(action.timescaleText()).isEqualTo("By June 2026");
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(action.outcomeId()).isEqualTo(outcomeId);
        assertThat(action.leadName()).isEqualTo("Leon Adeyemi");

        MvcResult measure = submit("/plans/" + planId + "/actions/" + actionId + "/measures/new", "text",
                "80% of contacts decided within 24 hours", "targetValue", "80", "targetUnit", "%", "targetDate",
                "31/3/2027").andExpect(status().isFound()).andReturn();
        assertThat(measure.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + planId + "/actions/" + actionId + "#measures");
        assertThat(reader.measures(organisation.id(), actionId)).singleElement().satisfies(saved -> {
            assertThat(saved.text()).isEqualTo("80% of contacts decided within 24 hours");
            assertThat(saved.targetValue()).isEqualByComparingTo("80");
            assertThat(saved.targetUnit()).isEqualTo("%");
            assertThat(saved.targetDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        });

        assertThat(Html.text(page("/plans/" + planId + "/actions/" + actionId))).contains("Review thresholds",
                "Lead officer Leon Adeyemi", "30 June 2026", "By June 2026", "80 % 31 Mar 2027");
    }

    @Test
    void ownerEditsAnActionGivingADueDateAndACrossReference() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        long other = testData.action(organisation, plan.planId(), plan.sectionId(), plan.outcomeId(), "1.1 ii)",
                "Train staff", "Dec 25");
        String form = page("/plans/" + plan.planId() + "/actions/" + other + "/edit");

        submit("/plans/" + plan.planId() + "/actions/" + other + "/edit", "sectionId", String.valueOf(plan.sectionId()),
                "outcomeId", String.valueOf(plan.outcomeId()), "reference", "1.1 ii)", "description",
                "Train all staff on thresholds", "timescaleText", "Dec 25 and ongoing", "dueDate", "15/1/2026",
                "crossReferences", "1.1 i)", "version", Html.hiddenValue(form, "version"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "Action saved."));

        Action action = reader.action(organisation.id(), plan.planId(), other);
        assertThat(action.description()).isEqualTo("Train all staff on thresholds");
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(action.timescaleText()).isEqualTo("Dec 25 and ongoing");
        assertThat(reader.crossReferences(other)).singleElement()
                .satisfies(reference -> assertThat(reference.referencedActionId()).isEqualTo(plan.actionId()));
    }

    // Ordering

    @Test
    void sectionsAreReorderedWithTheUpAndDownButtons() throws Exception {
        long planId = testData.plan(organisation, PlanStatus.DRAFT);
        long first = testData.section(organisation, planId, "1", "First");
        long second = testData.section(organisation, planId, "2", "Second");
        long third = testData.section(organisation, planId, "3", "Third");
        assertThat(page("/plans/" + planId)).contains("action=\"/plans/" + planId + "/sections/" + third + "/move\"");

        move("/plans/" + planId + "/sections/" + third, "UP")
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/plans/" + planId + "#section-" + third));
        assertThat(sectionOrder(planId)).containsExactly(first, third, second);

        move("/plans/" + planId + "/sections/" + first, "DOWN");
        assertThat(sectionOrder(planId)).containsExactly(third, first, second);

        move("/plans/" + planId + "/sections/" + third, "UP");
        move("/plans/" + planId + "/sections/" + second, "DOWN");
        assertThat(sectionOrder(planId)).containsExactly(third, first, second);

        String overview = Html.text(page("/plans/" + planId));
        assertThat(overview.indexOf("3. Third")).isLessThan(overview.indexOf("1. First"));
        assertThat(overview.indexOf("1. First")).isLessThan(overview.indexOf("2. Second"));
    }

    @Test
    void actionsAndMeasuresAreReorderedWithinTheirParent() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        long second = testData.action(organisation, plan.planId(), plan.sectionId(), plan.outcomeId(), "1.1 ii)",
                "Second action", null);
        long secondMeasure = testData.measure(organisation, plan.planId(), plan.actionId(), "Second measure");

        move("/plans/" + plan.planId() + "/actions/" + second, "UP").andExpect(status().isFound());
        move("/plans/" + plan.planId() + "/measures/" + secondMeasure, "UP").andExpect(status().isFound());

        assertThat(reader.sectionTree(organisation.id(), plan.planId(), plan.sectionId()).outcomes().get(0).actions())
                .extracting(node -> node.action().id()).containsExactly(second, plan.actionId());
        assertThat(reader.measures(organisation.id(), plan.actionId())).extracting(SuccessMeasure::id)
                .containsExactly(secondMeasure, plan.measureId());
    }

    // Removing

    @Test
    void removalAsksForConfirmationAndRemovesNothingYet() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        PlanTree before = reader.tree(organisation.id(), plan.planId());
        String base = "/plans/" + plan.planId();

        for (String[] removal : new String[][] {
                {base + "/remove", "Remove this plan?"},
                {base + "/sections/" + plan.sectionId() + "/remove", "Remove this priority?"},
                {base + "/outcomes/" + plan.outcomeId() + "/remove", "Remove this outcome?"},
                {base + "/actions/" + plan.actionId() + "/remove", "Remove this action?"},
                {base + "/measures/" + plan.measureId() + "/remove", "Remove this success measure?"}}) {
            String page = page(removal[0]);
            assertThat(Html.text(page)).as(removal[0]).contains(removal[1], "Yes, remove it", "No, keep it",
                    "This plan is a draft, so this will be deleted with everything under it. You cannot undo this.");
            assertThat(page).contains("<form method=\"post\" action=\"" + removal[0] + "\">");
            assertThat(Html.hiddenValue(page, "version")).isEqualTo("0");
        }

        assertThat(reader.tree(organisation.id(), plan.planId())).isEqualTo(before);
    }

    @Test
    void confirmingRemovalInAnActivePlanSaysItWillBeArchived() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);

        assertThat(Html.text(page("/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/remove")))
                .contains("this will be archived, with everything under it")
                .doesNotContain("will be deleted");
    }

    @Test
    void removingFromADraftPlanDeletes() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        long other = testData.action(organisation, plan.planId(), plan.sectionId(), null, "1.2", "Other", null);

        submit("/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/remove", "version", "0")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "Action 1.1 i) removed."));

        assertThat(rows("action", plan.actionId())).isZero();
        assertThat(rows("success_measure", plan.measureId())).isZero();
        mvc.perform(get("/plans/" + plan.planId() + "/actions/" + plan.actionId()).with(owner()))
                .andExpect(status().isNotFound());

        submit("/plans/" + plan.planId() + "/sections/" + plan.sectionId() + "/remove", "version", "0")
                .andExpect(status().isFound());
        assertThat(rows("section", plan.sectionId())).isZero();
        assertThat(rows("outcome", plan.outcomeId())).isZero();
        assertThat(rows("action", other)).isZero();

        submit("/plans/" + plan.planId() + "/remove", "version", "0")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner", "Plan removed."));
        assertThat(rows("plan", plan.planId())).isZero();
    }

    @Test
    void removingAnActionFromAnActivePlanArchivesIt() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        String actionPage = "/plans/" + plan.planId() + "/actions/" + plan.actionId();

        submit(actionPage + "/remove", "version", "0")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("banner",
                        "Action 1.1 i) archived: it no longer appears in the plan, and its history is kept."));

        assertThat(rows("action", plan.actionId())).isOne();
        assertThat(page("/plans/" + plan.planId() + "/sections/" + plan.sectionId())).doesNotContain("Review the MASH");
        assertThat(page("/plans/" + plan.planId() + "/actions")).doesNotContain("Review the MASH");
        assertThat(api(plan.planId())).doesNotContain("Review the MASH");
        String archived = page(actionPage);
        assertThat(Html.text(archived)).contains("Archived: no longer in the plan", "Review the MASH");
        assertThat(archived).doesNotContain(actionPage + "/edit", actionPage + "/remove");
    }

    @Test
    void removingAMeasureFromAnActivePlanArchivesIt() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);

        submit("/plans/" + plan.planId() + "/measures/" + plan.measureId() + "/remove", "version", "0")
                .andExpect(status().isFound());

        assertThat(rows("success_measure", plan.measureId())).isOne();
        assertThat(page("/plans/" + plan.planId() + "/actions/" + plan.actionId()))
                .doesNotContain("80% of contacts decided within 24 hours");
        assertThat(api(plan.planId())).doesNotContain("80% of contacts decided within 24 hours");
    }

    @Test
    void removingASectionFromAnActivePlanArchivesItButItsActionsPagesStillOpen() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);

        submit("/plans/" + plan.planId() + "/sections/" + plan.sectionId() + "/remove", "version", "0")
                .andExpect(status().isFound());

        assertThat(rows("section", plan.sectionId())).isOne();
        assertThat(page("/plans/" + plan.planId())).doesNotContain("Front door");
        assertThat(api(plan.planId())).doesNotContain("Front door", "Review the MASH");
        mvc.perform(get("/plans/" + plan.planId() + "/sections/" + plan.sectionId()).with(owner()))
                .andExpect(status().isNotFound());
        assertThat(Html.text(page("/plans/" + plan.planId() + "/actions/" + plan.actionId())))
                .contains("Archived: no longer in the plan", "Review the MASH");
    }

    @Test
    void removingAnOutcomeFromAnActivePlanArchivesItButItsActionsPagesStillOpen() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);

        submit("/plans/" + plan.planId() + "/outcomes/" + plan.outcomeId() + "/remove", "version", "0")
                .andExpect(status().isFound());

        assertThat(rows("outcome", plan.outcomeId())).isOne();
        assertThat(page("/plans/" + plan.planId() + "/sections/" + plan.sectionId()))
                .doesNotContain("Children get help early", "Review the MASH");
        assertThat(Html.text(page("/plans/" + plan.planId() + "/actions/" + plan.actionId())))
                .contains("Archived: no longer in the plan", "Review the MASH");
    }

    @Test
    void removingAnActivePlanArchivesIt() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        String title = reader.plan(organisation.id(), plan.planId()).title();

        submit("/plans/" + plan.planId() + "/remove", "version", "0").andExpect(status().isFound());

        assertThat(rows("plan", plan.planId())).isOne();
        assertThat(page("/plans")).doesNotContain(title);
    }

    // Validation: the page says what is wrong and nothing is saved

    @Test
    void blankTitleIsRefusedWithAMessage() throws Exception {
        int before = reader.plans(organisation.id()).size();

        String page = problem(submit("/plans/new", "title", "  ", "status", "DRAFT"));

        assertThat(page).contains("<a href=\"#title\">Enter the plan’s title</a>", "id=\"title-error\"");
        assertThat(reader.plans(organisation.id())).hasSize(before);
    }

    @Test
    void overLongTitleIsRefusedStatingTheLimit() throws Exception {
        int before = reader.plans(organisation.id()).size();

        String page = problem(submit("/plans/new", "title", "x".repeat(301)));

        assertThat(Html.text(page)).contains("Title must be 300 characters or fewer");
        assertThat(reader.plans(organisation.id())).hasSize(before);

        submit("/plans/new", "title", "y".repeat(300)).andExpect(status().isFound());
        assertThat(reader.plans(organisation.id())).hasSize(before + 1);
    }

    @Test
    void invalidChangeToAPlanLeavesItAsItWas() throws Exception {
        long planId = testData.plan(organisation, PlanStatus.DRAFT);
        Plan before = reader.plan(organisation.id(), planId);

        problem(submit("/plans/" + planId + "/edit", "title", "", "version", "0"));
        problem(submit("/plans/" + planId + "/edit", "title", "z".repeat(301), "version", "0"));
        String dates = problem(submit("/plans/" + planId + "/edit", "title", "New", "startsOn", "1/4/2027",
                "endsOn", "31/3/2026", "version", "0"));

        assertThat(Html.text(dates)).contains("The end date must be on or after the start date");
        assertThat(reader.plan(organisation.id(), planId)).isEqualTo(before);
    }

    @Test
    void overLongSectionTitleIsRefused() throws Exception {
        long planId = testData.plan(organisation, PlanStatus.DRAFT);

        String page = problem(submit("/plans/" + planId + "/sections/new", "number", "1", "title", "s".repeat(301)));

        assertThat(Html.text(page)).contains("Title must be 300 characters or fewer");
        assertThat(reader.sections(organisation.id(), planId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "next week", "2026-02-30", "31/12/26"})
    void datesThatAreNotRealDatesAreRefusedAndShownBack(String typed) throws Exception {
        int before = reader.plans(organisation.id()).size();

        String page = problem(submit("/plans/new", "title", "Dated plan", "startsOn", typed, "endsOn", typed));

        assertThat(Html.text(page)).contains("Start date must be a real date, for example 31/03/2026",
                "End date must be a real date, for example 31/03/2026");
        assertThat(page).contains("value=\"" + typed + "\"");
        assertThat(reader.plans(organisation.id())).hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "next week"})
    void actionDueDateThatIsNotARealDateIsRefused(String typed) throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        PlanTree before = reader.tree(organisation.id(), plan.planId());

        String page = problem(submit("/plans/" + plan.planId() + "/actions/new", "sectionId",
                String.valueOf(plan.sectionId()), "reference", "9", "description", "New", "dueDate", typed));
        String edit = problem(submit("/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/edit", "sectionId",
                String.valueOf(plan.sectionId()), "reference", "1.1 i)", "description", "Changed", "dueDate", typed,
                "version", "0"));

        assertThat(Html.text(page)).contains("Due date must be a real date, for example 31/03/2026");
        assertThat(Html.text(edit)).contains("Due date must be a real date, for example 31/03/2026");
        assertThat(reader.tree(organisation.id(), plan.planId())).isEqualTo(before);
    }

    @Test
    void measureTargetThatIsNotANumberOrDateIsRefused() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        PlanTree before = reader.tree(organisation.id(), plan.planId());
        String newMeasure = "/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/measures/new";

        String page = problem(submit(newMeasure, "text", "Audits good", "targetValue", "eighty", "targetDate", "next week"));
        String edit = problem(submit("/plans/" + plan.planId() + "/measures/" + plan.measureId() + "/edit", "text",
                "Changed", "targetValue", "80%", "version", "0"));

        assertThat(Html.text(page)).contains("Target must be a number, for example 80 or 12.5",
                "Target date must be a real date, for example 31/03/2026");
        assertThat(page).contains("value=\"eighty\"");
        assertThat(Html.text(edit)).contains("Target must be a number");
        assertThat(reader.tree(organisation.id(), plan.planId())).isEqualTo(before);
    }

    @Test
    void measureTargetTooBigToKeepIsRefusedNotAFailure() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        PlanTree before = reader.tree(organisation.id(), plan.planId());
        String newMeasure = "/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/measures/new";

        String page = problem(submit(newMeasure, "text", "Huge", "targetValue", "123456789012345678"));
        String edit = problem(submit("/plans/" + plan.planId() + "/measures/" + plan.measureId() + "/edit", "text",
                "Huge", "targetValue", "-10000000000", "version", "0"));

        assertThat(Html.text(page)).contains("Target must be less than 10,000,000,000");
        assertThat(Html.text(edit)).contains("Target must be less than 10,000,000,000");
        assertThat(reader.tree(organisation.id(), plan.planId())).isEqualTo(before);

        submit(newMeasure, "text", "Largest", "targetValue", "9,999,999,999.5").andExpect(status().isFound());
        submit(newMeasure, "text", "Precise", "targetValue", "12.34567").andExpect(status().isFound());
        assertThat(reader.measures(organisation.id(), plan.actionId())).extracting(SuccessMeasure::targetValue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("80"), new BigDecimal("9999999999.5"), new BigDecimal("12.3457"));
    }

    @Test
    void unknownCrossReferenceIsRefusedNamingIt() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        PlanTree before = reader.tree(organisation.id(), plan.planId());

        String page = problem(submit("/plans/" + plan.planId() + "/actions/new", "sectionId",
                String.valueOf(plan.sectionId()), "reference", "1.2", "description", "Refers to nothing",
                "crossReferences", "1.1 i), 9.9 ix)"));

        assertThat(Html.text(page)).contains("No action in this plan has the reference 9.9 ix)");
        assertThat(page).contains("value=\"1.1 i), 9.9 ix)\"");
        assertThat(reader.tree(organisation.id(), plan.planId())).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldsAreAllListed() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        PlanTree before = reader.tree(organisation.id(), plan.planId());

        String page = Html.text(problem(submit("/plans/" + plan.planId() + "/actions/new", "reference", "",
                "description", "")));

        assertThat(page).contains("Choose the section", "Enter the action’s reference, for example 2.3 ii)",
                "Describe the action");
        assertThat(reader.tree(organisation.id(), plan.planId())).isEqualTo(before);
    }

    @Test
    void messagesAboutMissingValuesReadAsWritten() throws Exception {
        long planId = testData.plan(organisation, PlanStatus.DRAFT);
        int people = this.people.all(organisation.id()).size();

        String section = Html.text(problem(submit("/plans/" + planId + "/sections/new", "number", "", "title", "")));
        String person = Html.text(problem(submit("/people/new", "name", " ")));

        assertThat(section).contains("Enter the section’s number, for example 3", "Enter the section’s title");
        assertThat(person).contains("Enter the person’s name, or the role as the plan writes it (for example AD)");
        assertThat(reader.sections(organisation.id(), planId)).isEmpty();
        assertThat(this.people.all(organisation.id())).hasSize(people);
    }

    // Someone else changed it meanwhile

    @Test
    void staleActionEditIsRefusedAndTheOtherChangeKept() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        String path = "/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/edit";
        String version = Html.hiddenValue(page(path), "version");
        actions.change(organisation.id(), plan.planId(), plan.actionId(), Integer.parseInt(version),
                new ActionDetails(plan.sectionId(), plan.outcomeId(), "1.1 i)", "Their change", null, null, null, null,
                        List.of()));

        String page = mvc.perform(post(path).with(owner()).with(csrf()).param("sectionId", String.valueOf(plan.sectionId()))
                        .param("reference", "1.1 i)").param("description", "My change").param("version", version))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(Html.text(page)).contains("Someone else changed this", "The action was changed by someone else");
        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId()).description()).isEqualTo("Their change");
    }

    @Test
    void stalePlanSectionOutcomeMeasureAndPersonEditsAreRefused() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        long personId = testData.person(organisation, "Pat Stale");
        String base = "/plans/" + plan.planId();
        String planVersion = Html.hiddenValue(page(base + "/edit"), "version");
        String sectionVersion = Html.hiddenValue(page(base + "/sections/" + plan.sectionId() + "/edit"), "version");
        String outcomeVersion = Html.hiddenValue(page(base + "/outcomes/" + plan.outcomeId() + "/edit"), "version");
        String measureVersion = Html.hiddenValue(page(base + "/measures/" + plan.measureId() + "/edit"), "version");
        String personVersion = Html.hiddenValue(page("/people/" + personId + "/edit"), "version");

        plans.change(organisation.id(), plan.planId(), 0, new PlanDetails("Their plan", null, PlanStatus.DRAFT, null,
                null, null, null, RatingScale.RAG, "Priority", "Outcome"));
        sections.change(organisation.id(), plan.planId(), plan.sectionId(), 0, new SectionDetails("1", "Their section", null, null));
        outcomes.change(organisation.id(), plan.planId(), plan.outcomeId(), 0, new OutcomeDetails("1.1", "Their outcome", null));
        measures.change(organisation.id(), plan.planId(), plan.measureId(), 0,
                new SuccessMeasureDetails("Their measure", BigDecimal.ONE, null, null));
        people.change(organisation.id(), personId, 0, new PersonDetails("Their name", null, null));

        conflict(submit(base + "/edit", "title", "Mine", "version", planVersion));
        conflict(submit(base + "/sections/" + plan.sectionId() + "/edit", "number", "1", "title", "Mine", "version", sectionVersion));
        conflict(submit(base + "/outcomes/" + plan.outcomeId() + "/edit", "text", "Mine", "version", outcomeVersion));
        conflict(submit(base + "/measures/" + plan.measureId() + "/edit", "text", "Mine", "version", measureVersion));
        conflict(submit("/people/" + personId + "/edit", "name", "Mine", "version", personVersion));

        assertThat(reader.plan(organisation.id(), plan.planId()).title()).isEqualTo("Their plan");
        assertThat(reader.section(organisation.id(), plan.planId(), plan.sectionId()).title()).isEqualTo("Their section");
        assertThat(reader.outcome(organisation.id(), plan.planId(), plan.outcomeId()).text()).isEqualTo("Their outcome");
        assertThat(reader.measure(organisation.id(), plan.planId(), plan.measureId()).text()).isEqualTo("Their measure");
        assertThat(people.get(organisation.id(), personId).name()).isEqualTo("Their name");
    }

    @Test
    void staleRemovalConfirmationRemovesNothing() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        String path = "/plans/" + plan.planId() + "/actions/" + plan.actionId() + "/remove";
        String version = Html.hiddenValue(page(path), "version");
        actions.change(organisation.id(), plan.planId(), plan.actionId(), 0, new ActionDetails(plan.sectionId(),
                plan.outcomeId(), "1.1 i)", "Changed after the page was opened", null, null, null, null, List.of()));

        conflict(submit(path, "version", version));

        assertThat(reader.action(organisation.id(), plan.planId(), plan.actionId()).description())
                .isEqualTo("Changed after the page was opened");
    }

    @Test
    void removedActionCannotBeRemovedOrChangedAgain() throws Exception {
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.DRAFT);
        String base = "/plans/" + plan.planId() + "/actions/" + plan.actionId();
        submit(base + "/remove", "version", "0").andExpect(status().isFound());

        submit(base + "/remove", "version", "1").andExpect(status().isNotFound());
        submit(base + "/edit", "sectionId", String.valueOf(plan.sectionId()), "reference", "x", "description", "y",
                "version", "1").andExpect(status().isNotFound());
        assertThatThrownBy(() -> reader.action(organisation.id(), plan.planId(), plan.actionId()))
                .isInstanceOf(NotFoundException.class);
    }

    private ResultActions submit(String path, String... fields) throws Exception {
        var request = post(path).with(owner()).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions move(String path, String direction) throws Exception {
        return submit(path + "/move", "direction", direction).andExpect(status().isFound());
    }

    /** The form shown again with the GOV.UK error summary. */
    private static String problem(ResultActions result) throws Exception {
        String page = result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "There is a problem");
        return page;
    }

    private static void conflict(ResultActions result) throws Exception {
        String page = result.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Html.text(page)).contains("Someone else changed this", "Nothing has been overwritten");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(owner())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String api(long planId) throws Exception {
        return mvc.perform(get("/api/plans/" + planId).with(owner())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private List<Long> sectionOrder(long planId) {
        return reader.sections(organisation.id(), planId).stream().map(Section::id).toList();
    }

    private int rows(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Integer.class).single();
    }

    private static long createdId(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after saving").isNotNull();
        Matcher matcher = CREATED.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private RequestPostProcessor owner() {
        return user(users.loadUserByUsername(organisation.username(Role.PLAN_OWNER)));
    }
}
