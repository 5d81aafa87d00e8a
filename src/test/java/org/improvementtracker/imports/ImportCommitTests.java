package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorMonths;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.Polarity;
import org.improvementtracker.indicators.Unit;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Committing a previewed plan: everything the file holds is written, or nothing is. */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class ImportCommitTests {

    private static final CommitChoices NO_CHOICES = new CommitChoices(null, null, false, false);

    @Autowired
    ImportCommit commit;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorReader indicators;

    Organisation organisation;
    long accountId;

    @BeforeEach
    void organisation() {
        organisation = testData.organisation();
        accountId = testData.accountId(organisation.username(Role.PLAN_OWNER));
    }

    @Test
    void aNewPlanHoldsTheSectionsOutcomesActionsPeopleAndPeriodsOfTheFile() {
        testData.person(organisation, "Jo Smith");
        ImportPreview preview = preview(List.of("initial", "01/18", ImportedPlan.CURRENT),
                action("1.1", "Audit every plan", "jo  SMITH", "AD", ratings(1, 2, 3), "Audits done"),
                action("", "Train the managers", "Sam Lee", null, ratings(null, 3, null), null));

        long planId = commit.intoNewPlan(organisation.id(), accountId, preview,
                new CommitChoices(null, "May 2018", false, false));

        assertThat(single("select title from plan where id = ?", planId)).isEqualTo("bury-plan");
        assertThat(single("select status from plan where id = ?", planId)).isEqualTo(PlanStatus.ACTIVE.name());
        assertThat(rows("select number || ' ' || title from section where plan_id = ? order by position", planId))
                .containsExactly("1 Children's social care");
        assertThat(rows("select text from outcome where plan_id = ?", planId)).containsExactly("Practice is good");
        assertThat(rows("""
                select a.reference || '|' || p.name || '|' || coalesce(r.name, '-') || '|' || a.timescale_text
                from action a join person p on p.id = a.lead_person_id left join person r on r.id = a.responsible_person_id
                where a.plan_id = ? order by a.position""", planId))
                .containsExactly("1.1|Jo Smith|AD|Dec 18", "1.2|Sam Lee|-|Dec 18");
        assertThat(rows("select name from person where organisation_id = ? order by name", organisation.id()))
                .as("an existing person is found by name whatever the case and spacing")
                .containsExactly("AD", "Jo Smith", "Sam Lee");
        assertThat(rows("select text from success_measure where plan_id = ?", planId)).containsExactly("All audited");
        assertThat(rows("select coalesce(cast(rating as varchar), '-') from initial_rating where plan_id = ?"
                + " order by action_id", planId)).containsExactly("1", "-");
        assertThat(rows("""
                select label || ' ' || starts_on || ' ' || state from reporting_period where plan_id = ?
                order by starts_on""", planId))
                .containsExactly("01/18 2018-01-01 CLOSED", "May 2018 2018-05-01 CLOSED");
        assertThat(rows("""
                select p.label || ' ' || u.state || ' ' || coalesce(cast(u.rating as varchar), '-') || ' '
                       || coalesce(u.evidence, '-')
                from progress_update u join reporting_period p on p.id = u.period_id
                where u.plan_id = ? order by p.starts_on, u.action_id""", planId))
                .containsExactly("01/18 APPROVED 2 -", "01/18 APPROVED 3 -", "May 2018 APPROVED 3 Audits done");
        assertThat(single("select count(*) from progress_update_event where period_id in"
                + " (select id from reporting_period where plan_id = ?)", planId)).isEqualTo("3");
    }

    @Test
    void theIndicatorTablesBecomeTheNewPlansIndicatorsWithTheirMonthlyValuesAndBenchmark() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("2017-07", new BigDecimal("81.5"));
        figures.put("2017-08", new BigDecimal("83"));
        ImportedPlan.Indicator timely = new ImportedPlan.Indicator("Children's social care",
                "% of assessments within 45 days", "HIGHER_IS_BETTER", "2016/17", new BigDecimal("78.2"),
                new BigDecimal("83.1"), figures, "From the CIN return", new ImportedPlan.SourcePlace("Sheet 'P1'", 3));
        ImportedPlan.Indicator repeats = new ImportedPlan.Indicator("P9", "Repeat referrals", null, null, null, null,
                Map.of("2018-01", new BigDecimal("12")), null, new ImportedPlan.SourcePlace("Sheet 'P9'", 3));
        ImportPreview preview = withIndicators(preview(List.of("01/18"), action("1", "Act", null, null,
                Map.of("01/18", 2), null)), timely, repeats);

        long planId = commit.intoNewPlan(organisation.id(), accountId, preview, NO_CHOICES);

        List<Indicator> created = indicators.ofPlan(organisation.id(), planId, null, YearMonth.of(2017, 4),
                YearMonth.of(2018, 3)).stream().map(IndicatorMonths::indicator).toList();
        assertThat(created).extracting(Indicator::code, Indicator::name, Indicator::unit, Indicator::polarity,
                Indicator::baselineLabel, Indicator::baselineValue, Indicator::decimals).containsExactly(
                tuple("PI1", "% of assessments within 45 days", Unit.PERCENTAGE,
                        Polarity.HIGHER_IS_BETTER, "2016/17", new BigDecimal("78.2000"), 1),
                tuple("PI2", "Repeat referrals", Unit.NUMBER, Polarity.HIGHER_IS_BETTER,
                        null, null, 0));
        assertThat(created.get(0).sectionId()).as("matched to the section by its title")
                .isEqualTo(Long.valueOf(single("select id from section where plan_id = ?", planId)));
        assertThat(created.get(1).sectionId()).as("a priority no section has leaves it unsectioned").isNull();
        assertThat(created.get(0).definition()).isEqualTo("From the CIN return");

        IndicatorDetail detail = indicators.detail(organisation.id(), created.get(0).id());
        assertThat(detail.values()).extracting(IndicatorValue::month, value -> value.figures().value())
                .containsExactly(tuple(YearMonth.of(2017, 7), new BigDecimal("81.5000")),
                        tuple(YearMonth.of(2017, 8), new BigDecimal("83.0000")));
        assertThat(detail.values()).allSatisfy(value -> assertThat(value.enteredBy()).isEqualTo(accountId));
        assertThat(detail.benchmarks()).extracting(Benchmark::yearLabel, Benchmark::kind, Benchmark::value)
                .containsExactly(tuple("2016/17", BenchmarkKind.STATISTICAL_NEIGHBOURS,
                        new BigDecimal("83.1000")));
        assertThat(detail.history()).hasSize(2).allSatisfy(event -> assertThat(event.before()).isNull());
        assertThat(indicators.detail(organisation.id(), created.get(1).id()).benchmarks()).isEmpty();
        assertThat(single("select count(*) from audit_entry where organisation_id = ? and subject_type = 'Indicator'",
                organisation.id())).isEqualTo("2");
    }

    @Test
    void anIndicatorWithoutANameWritesNothing() {
        ImportedPlan.Indicator unnamed = new ImportedPlan.Indicator(null, " ", null, null, null, null, Map.of(), null,
                new ImportedPlan.SourcePlace("Sheet 'P1'", 4));
        ImportPreview preview = withIndicators(preview(List.of(), action("1", "Act", null, null, Map.of(), null)),
                unnamed);

        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, preview, NO_CHOICES))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("file"));
        assertThat(single("select count(*) from plan where organisation_id = ?", organisation.id())).isEqualTo("0");
    }

    @Test
    void theTitleChosenAndThisMonthForTheCurrentPeriodWhenNoneIsNamed() {
        long planId = commit.intoNewPlan(organisation.id(), accountId,
                preview(List.of(ImportedPlan.CURRENT), action("1", "Act", null, null, Map.of("current", 2), null)),
                new CommitChoices("  Our plan ", null, false, false));

        assertThat(single("select title from plan where id = ?", planId)).isEqualTo("Our plan");
        assertThat(single("select count(*) from reporting_period where plan_id = ? and starts_on <= current_date"
                + " and ends_on >= current_date", planId)).isEqualTo("1");
    }

    @Test
    void aFailurePartWayWritesNothing() {
        ImportPreview preview = preview(List.of("01/18"),
                action("1", "Fine", "Jo Smith", null, Map.of("01/18", 2), null),
                action("x".repeat(31), "The reference is longer than the database holds", "Sam Lee", null,
                        Map.of("01/18", 2), null));

        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, preview, NO_CHOICES))
                .isInstanceOf(RuntimeException.class);

        assertThat(single("select count(*) from plan where organisation_id = ?", organisation.id())).isEqualTo("0");
        assertThat(single("select count(*) from person where organisation_id = ?", organisation.id())).isEqualTo("0");
    }

    @Test
    void warningsNeedConfirmingAndErrorsBlock() {
        ImportProblem warning = new ImportProblem(ImportProblem.Severity.WARNING, "bury-plan.xlsx", "Sheet 'A'", 4,
                "H", "re", "Not a rating");
        ImportPreview warned = withProblems(warning);

        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, warned, NO_CHOICES))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("acceptWarnings"));
        assertThat(commit.intoNewPlan(organisation.id(), accountId, warned, new CommitChoices(null, null, true, false)))
                .isPositive();

        ImportPreview blocked = withProblems(new ImportProblem(ImportProblem.Severity.ERROR, "bury-plan.xlsx",
                "Sheet 'A'", 5, "C", "", "No action"));
        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, blocked,
                new CommitChoices(null, null, true, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::message)
                        .containsExactly("bury-plan.xlsx, Sheet 'A', row 5, column C: No action"));
        assertThat(single("select count(*) from plan where organisation_id = ?", organisation.id())).isEqualTo("1");
    }

    @Test
    void intoAnExistingPlanMatchedByReferenceThenTextAsOneClosedPeriod() {
        TestData.SmallPlan plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        long other = testData.action(organisation, plan.planId(), plan.sectionId(), null, "9.9",
                "Recruit   more Social workers", "Dec 26");
        String reference = single("select reference from action where id = ?", plan.actionId());
        ImportPreview preview = preview(List.of("initial", "March 2026"),
                action(reference, "Whatever the text", null, null, ratings2(1, 3), "Update"),
                action("", "recruit more social workers", null, null, ratings2(1, 2), null),
                action("7.7", "Not in the plan", null, null, ratings2(1, 1), null));

        assertThatThrownBy(() -> commit.intoExistingPlan(organisation.id(), accountId, plan.planId(), preview,
                NO_CHOICES)).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        invalid.problems()).extracting(FieldProblem::field).containsExactly("skipUnmatched"));

        commit.intoExistingPlan(organisation.id(), accountId, plan.planId(), preview,
                new CommitChoices(null, null, false, true));

        assertThat(rows("""
                select p.label || ' ' || p.state || ' ' || u.action_id || ' ' || u.rating
                from progress_update u join reporting_period p on p.id = u.period_id
                where u.plan_id = ? order by u.rating desc""", plan.planId()))
                .containsExactly("March 2026 CLOSED " + plan.actionId() + " 3", "March 2026 CLOSED " + other + " 2");
        assertThat(single("select count(*) from initial_rating where plan_id = ?", plan.planId())).isEqualTo("0");
        assertThat(single("select count(*) from action where plan_id = ?", plan.planId())).isEqualTo("2");
    }

    @Test
    void anotherOrganisationsPlanIsNotFound() {
        long theirs = testData.plan(testData.organisation(), PlanStatus.ACTIVE);

        assertThatThrownBy(() -> commit.intoExistingPlan(organisation.id(), accountId, theirs,
                preview(List.of("01/18"), action("1", "Act", null, null, Map.of("01/18", 2), null)), NO_CHOICES))
                .isInstanceOf(org.improvementtracker.support.NotFoundException.class);
    }

    @Test
    void aTitleOrCurrentPeriodChosenTooLongIsRefusedNamingItAndWritesNothing() {
        ImportPreview preview = preview(List.of(ImportedPlan.CURRENT),
                action("1", "Act", "Jo Smith", null, Map.of(ImportedPlan.CURRENT, 2), null));

        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, preview,
                new CommitChoices("T".repeat(301), null, false, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("title", "The title must be 300 characters or fewer")));
        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, preview,
                new CommitChoices(null, "March 2026, the month of the inspection and the new plan", false, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("period", "A period's label must be 50 characters or fewer")));

        assertThat(single("select count(*) from plan where organisation_id = ?", organisation.id())).isEqualTo("0");
        assertThat(single("select count(*) from person where organisation_id = ?", organisation.id())).isEqualTo("0");
        assertThat(commit.intoNewPlan(organisation.id(), accountId, preview,
                new CommitChoices("T".repeat(300), "March 2026", false, false))).isPositive();
    }

    @Test
    void aPeriodNamingNoMonthIsRefusedNamingTheMapping() {
        ImportPreview preview = preview(List.of("Q4"), action("1", "Act", null, null, Map.of("Q4", 2), null));

        assertThatThrownBy(() -> commit.intoNewPlan(organisation.id(), accountId, preview, NO_CHOICES))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("mapping"));
        assertThat(single("select count(*) from plan where organisation_id = ?", organisation.id())).isEqualTo("0");
    }

    private ImportPreview withProblems(ImportProblem... problems) {
        ImportPreview preview = preview(List.of(), action("1", "Act", null, null, Map.of(), null));
        return new ImportPreview(preview.fileName(), preview.mapping(), preview.plan(), List.of(problems));
    }

    private static ImportPreview withIndicators(ImportPreview preview, ImportedPlan.Indicator... indicators) {
        ImportedPlan plan = preview.plan();
        return new ImportPreview(preview.fileName(), preview.mapping(), new ImportedPlan(plan.ratingScale(),
                plan.periods(), plan.sections(), List.of(indicators)), preview.problems());
    }

    private static Map<String, Integer> ratings(Integer initial, Integer january, Integer current) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("initial", initial);
        ratings.put("01/18", january);
        ratings.put(ImportedPlan.CURRENT, current);
        return ratings;
    }

    private static Map<String, Integer> ratings2(Integer initial, Integer march) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("initial", initial);
        ratings.put("March 2026", march);
        return ratings;
    }

    private static ImportedPlan.Action action(String reference, String description, String lead, String responsible,
            Map<String, Integer> ratings, String evidence) {
        return new ImportedPlan.Action(reference, !reference.isEmpty(), description, lead, responsible, "Dec 18", LocalDate.of(2018, 12, 31),
                List.of("All audited").subList(0, reference.equals("1.1") ? 1 : 0), evidence, ratings, Map.of(),
                new ImportedPlan.SourcePlace("Sheet 'A'", 3));
    }

    private static ImportPreview preview(List<String> periods, ImportedPlan.Action... actions) {
        ImportedPlan plan = new ImportedPlan(RatingScale.PROGRESS_5, periods, List.of(new ImportedPlan.Section("1",
                "Children's social care", List.of(new ImportedPlan.Outcome("1.0", "Practice is good",
                        List.of(actions))))), List.of());
        return new ImportPreview("bury-plan.xlsx", new ColumnMapping(Map.of()), plan, List.of());
    }

    private String single(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(String.class).single();
    }

    private List<String> rows(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(String.class).list();
    }
}
