package org.improvementtracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.ApiTokens;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.Figures;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.people.People;
import org.improvementtracker.people.PersonDetails;
import org.improvementtracker.plans.ActionDetails;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.MoveDirection;
import org.improvementtracker.plans.OutcomeDetails;
import org.improvementtracker.plans.OutcomeService;
import org.improvementtracker.plans.PlanDetails;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.SectionDetails;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.plans.SuccessMeasureDetails;
import org.improvementtracker.plans.SuccessMeasureService;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.reporting.Moderation;
import org.improvementtracker.reporting.PeriodDetails;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressUpdate;
import org.improvementtracker.reporting.UpdateDraft;
import org.improvementtracker.reporting.UpdateService;
import org.improvementtracker.support.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every service that writes reports each create, update and delete to the audit trail, with before and after. */
@DatabaseTest
@SpringBootTest
@Import({TestData.class, StatementCounter.class})
class AuditInstrumentationTests {

    @Autowired TestData testData;
    @Autowired AuditEntries entries;
    @Autowired UserDetailsService users;
    @Autowired PlanReader reader;
    @Autowired PlanService plans;
    @Autowired SectionService sections;
    @Autowired OutcomeService outcomes;
    @Autowired ActionService actions;
    @Autowired SuccessMeasureService measures;
    @Autowired People people;
    @Autowired PeriodService periods;
    @Autowired UpdateService updates;
    @Autowired Moderation moderation;
    @Autowired InitialRatings initialRatings;
    @Autowired IndicatorService indicators;
    @Autowired IndicatorValues values;
    @Autowired ApiTokens tokens;
    @Autowired Memberships memberships;
    @Autowired StatementCounter statements;

    Organisation organisation;
    SignedInUser owner;

    @BeforeEach
    void organisation() {
        organisation = testData.organisation();
        owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
    }

    @Test
    void everyPartOfAPlanIsRecordedAsItIsCreatedChangedMovedAndRemoved() {
        long org = organisation.id();
        long draft = testData.plan(organisation, PlanStatus.DRAFT);
        plans.change(org, draft, 0, details("Changed title", PlanStatus.DRAFT));
        long section = sections.add(org, draft, new SectionDetails("1", "Front door", null, null));
        long second = sections.add(org, draft, new SectionDetails("2", "Care", null, null));
        sections.change(org, draft, section, 0, new SectionDetails("1", "Front door and MASH", null, null));
        sections.move(org, draft, second, MoveDirection.UP);
        long outcome = outcomes.add(org, draft, section, new OutcomeDetails("1.1", "Help early", null));
        outcomes.change(org, draft, outcome, 0, new OutcomeDetails("1.1", "Help early enough", null));
        long action = actions.add(org, draft, new ActionDetails(section, outcome, "A1", "Review", null, null, "Dec 26",
                null, List.of()));
        long referring = actions.add(org, draft, new ActionDetails(section, outcome, "A2", "Audit", null, null, null,
                null, List.of("A1")));
        actions.change(org, draft, action, 0, new ActionDetails(section, outcome, "A1", "Review again", null, null,
                "Jan 27", null, List.of()));
        actions.change(org, draft, referring, 0, new ActionDetails(section, outcome, "A2", "Audit", null, null, null,
                null, List.of()));
        actions.move(org, draft, referring, MoveDirection.UP);
        long measure = measures.add(org, draft, action, new SuccessMeasureDetails("80% on time", null, null, null));
        long secondMeasure = measures.add(org, draft, action, new SuccessMeasureDetails("Fewer re-referrals", null, null, null));
        measures.change(org, draft, measure, 0, new SuccessMeasureDetails("85% on time", null, null, null));
        measures.move(org, draft, secondMeasure, MoveDirection.UP);
        measures.remove(org, draft, measure, reader.measure(org, draft, measure).version());
        long term = plans.addGlossaryTerm(org, draft, "MASH", "Multi-agency safeguarding hub");
        plans.changeGlossaryTerm(org, draft, term, 0, "MASH", "Multi-Agency Safeguarding Hub");
        plans.removeGlossaryTerm(org, draft, term, 1);
        actions.remove(org, draft, referring, reader.action(org, draft, referring).version());
        outcomes.remove(org, draft, outcome, reader.outcome(org, draft, outcome).version());
        sections.remove(org, draft, second, reader.section(org, draft, second).version());
        plans.remove(org, draft, reader.plan(org, draft).version());
        SmallPlan active = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        actions.remove(org, active.planId(), active.actionId(), 0);
        plans.remove(org, active.planId(), 0);

        List<String> recorded = recorded();
        assertThat(recorded).contains("CREATE Plan", "UPDATE Plan", "DELETE Plan", "ARCHIVE Plan",
                "CREATE Section", "UPDATE Section", "DELETE Section", "CREATE Outcome", "UPDATE Outcome",
                "DELETE Outcome", "CREATE Action", "UPDATE Action", "DELETE Action", "ARCHIVE Action",
                "CREATE Cross references", "UPDATE Cross references", "CREATE Success measure",
                "UPDATE Success measure", "DELETE Success measure", "CREATE Glossary term", "UPDATE Glossary term",
                "DELETE Glossary term");
        assertThat(recorded.stream().filter("UPDATE Section"::equals)).as("the change and the move").hasSize(2);
        assertThat(all().stream().filter(entry -> Long.valueOf(action).equals(entry.actionId())
                && entry.action() == AuditAction.DELETE && entry.subjectType().equals("Action")))
                .as("deleted with its outcome, on its own trail").hasSize(1);
        assertThat(all().stream().filter(entry -> Long.valueOf(active.actionId()).equals(entry.actionId())
                && entry.action() == AuditAction.ARCHIVE)).hasSize(1);
        AuditEntry deletedDraft = find("DELETE", "Plan");
        assertThat(deletedDraft.beforeJson()).contains("\"title\":\"Changed title\"");
        assertThat(deletedDraft.link()).as("the draft is gone, its history stays").isNull();
        AuditEntry references = find("UPDATE", "Cross references");
        assertThat(references.beforeJson()).isEqualTo("{\"crossReferences\":[\"A1\"]}");
        assertThat(references.afterJson()).isEqualTo("{\"crossReferences\":[]}");
        assertThat(references.actionId()).isEqualTo(referring);
    }

    @Test
    void theReportingCycleIsRecorded() {
        long org = organisation.id();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        long period = periods.create(org, plan.planId(), new PeriodDetails("May 2026", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 7)));
        periods.change(org, plan.planId(), period, 0, new PeriodDetails("May 2026", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 10)));
        initialRatings.record(owner, plan.planId(), List.of(new InitialRatings.Change(plan.actionId(), 1, null)));
        initialRatings.record(owner, plan.planId(), List.of(new InitialRatings.Change(plan.actionId(), 2, 0)));
        periods.open(owner, plan.planId(), period, 1);
        ProgressUpdate draft = updates.save(owner, plan.planId(), plan.actionId(), period, null,
                new UpdateDraft(2, "Started", null, false));
        ProgressUpdate submitted = updates.save(owner, plan.planId(), plan.actionId(), period, draft.version(),
                new UpdateDraft(2, "Started well", "Audits", true));
        moderation.giveBack(owner, plan.planId(), submitted.id(), submitted.version(), "Say more");
        ProgressUpdate again = updates.save(owner, plan.planId(), plan.actionId(), period, submitted.version() + 1,
                new UpdateDraft(2, "Started well, audits done", "Audits", true));
        moderation.approve(owner, plan.planId(), again.id(), again.version(), 3, "Ahead of plan");
        periods.review(owner, plan.planId(), period, 2);
        periods.close(owner, plan.planId(), period, 3);
        periods.reopen(owner, plan.planId(), period, 4, "Late evidence");

        assertThat(recorded()).contains("CREATE Reporting period", "UPDATE Reporting period",
                "CREATE Initial rating", "UPDATE Initial rating", "CREATE Progress update", "UPDATE Progress update");
        assertThat(recorded().stream().filter("UPDATE Reporting period"::equals))
                .as("changed, opened, in review, closed, reopened").hasSize(5);
        assertThat(find("UPDATE", "Reporting period").afterJson()).contains("\"state\":\"OPEN\"",
                "\"reason\":\"Late evidence\"");
        AuditEntry override = find("UPDATE", "Progress update");
        assertThat(override.beforeJson()).contains("\"state\":\"SUBMITTED\"");
        assertThat(override.afterJson()).contains("\"state\":\"APPROVED\"", "\"rating\":3",
                "\"overrideReason\":\"Ahead of plan\"");
        assertThat(override.actionId()).isEqualTo(plan.actionId());
        AuditEntry rating = find("UPDATE", "Initial rating");
        assertThat(rating.beforeJson()).isEqualTo("{\"rating\":1}");
        assertThat(rating.afterJson()).isEqualTo("{\"rating\":2}");
    }

    @Test
    void indicatorsTheirValuesPeopleTokensAndAccountsAreRecordedWithoutSecrets() {
        long org = organisation.id();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        long indicator = testData.indicator(organisation, plan.planId(), plan.sectionId(), "CP1");
        indicators.change(org, indicator, 0, TestData.indicator(plan.sectionId(), "CP1", "Children seen on time"));
        values.save(org, owner.accountId(), new ValueEntry(indicator, YearMonth.of(2026, 4),
                new Figures(new BigDecimal("61.5"), null, null, null), null));
        values.saveAll(org, owner.accountId(), List.of(
                new ValueEntry(indicator, YearMonth.of(2026, 4), new Figures(new BigDecimal("62.5"), null, null, "Checked"), 0),
                new ValueEntry(indicator, YearMonth.of(2026, 5), new Figures(new BigDecimal("64"), null, null, null), null)));
        indicators.archive(org, indicator, 1);
        long person = people.add(org, new PersonDetails("Lee Ward", "AD", null));
        people.change(org, person, 0, new PersonDetails("Lee Ward", "Assistant Director", null));
        var token = tokens.create(owner, "Power BI", 30);
        tokens.revoke(owner, token.id());
        SignedInUser administrator = (SignedInUser) users.loadUserByUsername(organisation.username(Role.ADMINISTRATOR));
        memberships.deactivate(administrator, ((SignedInUser) users.loadUserByUsername(organisation.username(Role.VIEWER))).accountId());

        assertThat(recorded()).contains("CREATE Indicator", "UPDATE Indicator", "ARCHIVE Indicator",
                "CREATE Indicator value", "UPDATE Indicator value", "CREATE Person", "UPDATE Person",
                "CREATE API token", "UPDATE API token", "UPDATE Member");
        assertThat(recorded().stream().filter(entry -> entry.endsWith("Indicator value"))).hasSize(3);
        AuditEntry value = find("UPDATE", "Indicator value");
        assertThat(value.beforeJson()).contains("\"value\":61.5");
        assertThat(value.afterJson()).contains("\"value\":62.5", "\"note\":\"Checked\"");
        assertThat(find("UPDATE", "Indicator").afterJson()).contains("Children seen on time");
        List<AuditEntry> tokenEntries = all().stream().filter(entry -> entry.subjectType().equals("API token")).toList();
        assertThat(tokenEntries).allSatisfy(entry -> assertThat(entry.beforeJson() + entry.afterJson())
                .doesNotContain(token.secret()).doesNotContainIgnoringCase("hash"));
    }

    @Test
    void aBatchOfValuesIsRecordedInOneStatementHoweverManyMonths() {
        long org = organisation.id();
        SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        long indicator = testData.indicator(organisation, plan.planId(), plan.sectionId(), "CP2");

        int threeMonths = statements.statementsOf(() -> values.saveAll(org, owner.accountId(), months(indicator, YearMonth.of(2025, 4), 3)));
        int twelveMonths = statements.statementsOf(() -> values.saveAll(org, owner.accountId(), months(indicator, YearMonth.of(2025, 7), 12)));

        assertThat(twelveMonths).isEqualTo(threeMonths);
        assertThat(recorded().stream().filter("CREATE Indicator value"::equals)).hasSize(15);
    }

    private static List<ValueEntry> months(long indicator, YearMonth first, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(month -> new ValueEntry(indicator,
                first.plusMonths(month), new Figures(new BigDecimal(70 + month), null, null, null), null)).toList();
    }

    private static PlanDetails details(String title, PlanStatus status) {
        return new PlanDetails(title, "v1", status, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), "Vision",
                "Board", RatingScale.PROGRESS_5, "Priority", "Outcome");
    }

    private List<AuditEntry> all() {
        return entries.find(organisation.id(), new AuditQuery(null, null, null, null, null, null, null, null, 500));
    }

    private List<String> recorded() {
        return all().stream().map(entry -> entry.action().name() + " " + entry.subjectType()).toList();
    }

    /** The newest entry of the kind. */
    private AuditEntry find(String action, String type) {
        return all().stream().filter(entry -> entry.action().name().equals(action) && entry.subjectType().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError("No " + action + " " + type + " in " + recorded()));
    }
}
