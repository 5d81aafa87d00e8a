package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.TestData.SmallPlan;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.plans.SectionService;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Defining, changing and archiving indicators: checks name the field; parts are replaced whole under the version. */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class IndicatorServiceTests {

    @Autowired
    TestData testData;

    @Autowired
    IndicatorService indicators;

    @Autowired
    IndicatorReader reader;

    @Autowired
    IndicatorValues values;

    @Autowired
    PlanReader plans;

    @Autowired
    PlanService planService;

    @Autowired
    SectionService sections;

    @Autowired
    UserDetailsService users;

    Organisation organisation;
    SmallPlan plan;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        plan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
    }

    @Test
    void definitionIsReadBackWithItsParts() {
        long owner = testData.person(organisation, "Priya Shah");
        IndicatorDefinition definition = withParts(TestData.indicator(plan.sectionId(), "A1", "Audits good or better"),
                owner, plan.actionId());

        long id = indicators.define(organisation.id(), plan.planId(), definition);

        IndicatorDetail detail = reader.detail(organisation.id(), id);
        assertThat(detail.indicator()).extracting(Indicator::code, Indicator::name, Indicator::unit,
                        Indicator::sectionId, Indicator::dataOwnerPersonId, Indicator::baselineMonth, Indicator::version)
                .containsExactly("A1", "Audits good or better", Unit.PERCENTAGE, plan.sectionId(), owner,
                        YearMonth.of(2024, 3), 0);
        assertThat(detail.indicator().annualTarget()).isEqualByComparingTo("80");
        assertThat(detail.benchmarks()).extracting(Benchmark::kind)
                .containsExactly(BenchmarkKind.ENGLAND, BenchmarkKind.STATISTICAL_NEIGHBOURS);
        assertThat(detail.milestones()).extracting(Milestone::date)
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31));
        assertThat(detail.monthlyTargets()).extracting(MonthlyTarget::month).containsExactly(YearMonth.of(2025, 6));
        assertThat(detail.linkedActionIds()).containsExactly(plan.actionId());
        assertThat(reader.linkedTo(organisation.id(), plan.actionId())).extracting(Indicator::id).containsExactly(id);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        IndicatorDefinition blank = new IndicatorDefinition(null, " ", null, null, null, null, null, null, 7, null,
                null, null, null, null, null, new BigDecimal("-1"), null, null, null, null, null);

        assertThat(problemsOf(blank)).extracting(FieldProblem::field).containsExactlyInAnyOrder("code", "name", "unit",
                "polarity", "yearToDateRule", "frequency", "decimals", "tolerance");
    }

    @Test
    void aRangeNeedsBothBoundsInOrder() {
        IndicatorDefinition base = TestData.indicator(null, "R1", "Caseload");

        assertThat(problemsOf(range(base, null, null))).extracting(FieldProblem::field)
                .containsExactly("rangeLower", "rangeUpper");
        assertThat(problemsOf(range(base, new BigDecimal("20"), new BigDecimal("15")))).extracting(FieldProblem::field)
                .containsExactly("rangeUpper");
        assertThat(indicators.define(organisation.id(), plan.planId(),
                range(base, new BigDecimal("15"), new BigDecimal("20")))).isPositive();
    }

    @Test
    void partsThatContradictEachOtherAreNamed() {
        IndicatorDefinition base = TestData.indicator(null, "P1", "Contradictions");
        LocalDate march = LocalDate.of(2026, 3, 31);
        IndicatorDefinition twice = new IndicatorDefinition(null, base.code(), base.name(), null, base.unit(),
                base.polarity(), null, null, 1, base.yearToDateRule(), base.frequency(), null, null, null, null, null,
                null, List.of(new Benchmark("2024/25", BenchmarkKind.ENGLAND, BigDecimal.ONE, null),
                        new Benchmark("2024/25", BenchmarkKind.ENGLAND, BigDecimal.TEN, null)),
                List.of(new Milestone(march, BigDecimal.ONE), new Milestone(march, BigDecimal.TEN)),
                List.of(new MonthlyTarget(YearMonth.of(2025, 6), BigDecimal.ONE),
                        new MonthlyTarget(YearMonth.of(2025, 6), null)), null);

        assertThat(problemsOf(twice)).extracting(FieldProblem::field).containsExactly("benchmarks[1].yearLabel",
                "milestones[1].date", "monthlyTargets[1].month", "monthlyTargets[1].target");
    }

    @Test
    void aTrajectoryRunsFromTheBaselineOneMilestoneAMonth() {
        IndicatorDefinition base = TestData.indicator(null, "P2", "Trajectory");
        IndicatorDefinition crossed = new IndicatorDefinition(null, base.code(), base.name(), null, base.unit(),
                base.polarity(), null, null, 1, base.yearToDateRule(), base.frequency(), "2024/25",
                YearMonth.of(2025, 3), new BigDecimal("30"), null, null, null, List.of(),
                List.of(new Milestone(LocalDate.of(2025, 3, 15), BigDecimal.ONE),
                        new Milestone(LocalDate.of(2025, 9, 1), BigDecimal.TEN),
                        new Milestone(LocalDate.of(2025, 9, 30), BigDecimal.TEN)), List.of(), null);

        assertThat(problemsOf(crossed)).containsExactly(
                new FieldProblem("milestones[0].date", "A milestone must fall after the baseline's month"),
                new FieldProblem("milestones[2].date", "Another milestone falls in the same month"));
    }

    @Test
    void codesAreUniqueWithinAPlanIgnoringCase() {
        testData.indicator(organisation, plan.planId(), null, "NI 59");
        long otherPlan = testData.plan(organisation, PlanStatus.ACTIVE);

        assertThat(problemsOf(TestData.indicator(null, "ni 59", "Again"))).extracting(FieldProblem::field)
                .containsExactly("code");
        assertThat(indicators.define(organisation.id(), otherPlan, TestData.indicator(null, "NI 59", "Elsewhere")))
                .isPositive();
    }

    @Test
    void sectionActionsAndDataOwnerMustBeThisPlansAndOrganisations() {
        Organisation other = testData.organisation();
        long theirPerson = testData.person(other, "Not ours");
        SmallPlan otherPlan = testData.smallPlan(organisation, PlanStatus.ACTIVE);
        IndicatorDefinition base = TestData.indicator(otherPlan.sectionId(), "X1", "Wrong links");
        IndicatorDefinition wrong = new IndicatorDefinition(base.sectionId(), base.code(), base.name(),
                base.definition(), base.unit(), base.polarity(), null, null, 1, base.yearToDateRule(),
                base.frequency(), null, null, null, null, null, theirPerson, null, null, null,
                List.of(otherPlan.actionId()));

        assertThat(problemsOf(wrong)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("sectionId", "actionIds", "dataOwnerPersonId");
    }

    @Test
    void changeReplacesThePartsAndAStaleVersionIsAConflict() {
        long id = indicators.define(organisation.id(), plan.planId(),
                withParts(TestData.indicator(null, "C1", "Before"), null, plan.actionId()));

        indicators.change(organisation.id(), id, 0, TestData.indicator(plan.sectionId(), "C1", "After"));

        IndicatorDetail detail = reader.detail(organisation.id(), id);
        assertThat(detail.indicator().name()).isEqualTo("After");
        assertThat(detail.indicator().version()).isEqualTo(1);
        assertThat(detail.benchmarks()).isEmpty();
        assertThat(detail.milestones()).isEmpty();
        assertThat(detail.linkedActionIds()).isEmpty();
        assertThatThrownBy(() -> indicators.change(organisation.id(), id, 0, TestData.indicator(null, "C1", "Stale")))
                .isInstanceOf(ConflictException.class);
        assertThat(reader.detail(organisation.id(), id).indicator().name()).isEqualTo("After");
    }

    @Test
    void archivedIndicatorsLeaveThePlanButStayReadable() {
        long id = testData.indicator(organisation, plan.planId(), plan.sectionId(), "Z1");

        indicators.archive(organisation.id(), id, 0);

        assertThat(reader.ofPlan(organisation.id(), plan.planId(), null, YearMonth.of(2025, 4), YearMonth.of(2025, 9)))
                .isEmpty();
        assertThat(reader.indicator(organisation.id(), id).archived()).isTrue();
        assertThatThrownBy(() -> indicators.change(organisation.id(), id, 1, TestData.indicator(null, "Z1", "Back")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void removingADraftsSectionKeepsItsIndicatorsAndRemovingTheDraftTakesThemAlong() {
        SmallPlan draft = testData.smallPlan(organisation, PlanStatus.DRAFT);
        long id = indicators.define(organisation.id(), draft.planId(),
                withParts(TestData.indicator(draft.sectionId(), "D1", "Draft indicator"), null, draft.actionId()));
        SignedInUser owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        values.save(organisation.id(), owner.accountId(), new ValueEntry(id, YearMonth.of(2025, 5),
                new Figures(BigDecimal.TEN, null, null, "Trial figure"), null));

        sections.remove(organisation.id(), draft.planId(), draft.sectionId(),
                plans.section(organisation.id(), draft.planId(), draft.sectionId()).version());

        IndicatorDetail unsectioned = reader.detail(organisation.id(), id);
        assertThat(unsectioned.indicator().sectionId()).isNull();
        assertThat(unsectioned.linkedActionIds()).isEmpty();
        assertThat(unsectioned.values()).hasSize(1);

        planService.remove(organisation.id(), draft.planId(), plans.plan(organisation.id(), draft.planId()).version());

        assertThatThrownBy(() -> reader.detail(organisation.id(), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherOrganisationsPlanAndIndicatorAreNotFound() {
        Organisation other = testData.organisation();
        long theirs = testData.indicator(other, testData.plan(other, PlanStatus.ACTIVE), null, "T1");

        assertThatThrownBy(() -> indicators.define(organisation.id(), reader.indicator(other.id(), theirs).planId(),
                TestData.indicator(null, "T2", "Ours"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> indicators.change(organisation.id(), theirs, 0, TestData.indicator(null, "T1", "Ours")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> indicators.archive(organisation.id(), theirs, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.detail(organisation.id(), theirs)).isInstanceOf(NotFoundException.class);
    }

    private List<FieldProblem> problemsOf(IndicatorDefinition definition) {
        try {
            indicators.define(organisation.id(), plan.planId(), definition);
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("The definition was accepted");
    }

    private static IndicatorDefinition withParts(IndicatorDefinition base, Long owner, long actionId) {
        return new IndicatorDefinition(base.sectionId(), base.code(), base.name(), base.definition(), base.unit(),
                base.polarity(), null, null, 1, base.yearToDateRule(), base.frequency(), "2023/24",
                YearMonth.of(2024, 3), new BigDecimal("20"), new BigDecimal("80"), BigDecimal.ONE, owner,
                List.of(new Benchmark("2024/25", BenchmarkKind.STATISTICAL_NEIGHBOURS, new BigDecimal("61.5"), "LAIT"),
                        new Benchmark("2024/25", BenchmarkKind.ENGLAND, new BigDecimal("64"), "DfE")),
                List.of(new Milestone(LocalDate.of(2026, 3, 31), new BigDecimal("80")),
                        new Milestone(LocalDate.of(2025, 3, 31), new BigDecimal("35")),
                        new Milestone(LocalDate.of(2025, 9, 30), new BigDecimal("50"))),
                List.of(new MonthlyTarget(YearMonth.of(2025, 6), new BigDecimal("42"))), List.of(actionId));
    }

    private static IndicatorDefinition range(IndicatorDefinition base, BigDecimal lower, BigDecimal upper) {
        return new IndicatorDefinition(base.sectionId(), base.code(), base.name(), base.definition(), Unit.NUMBER,
                Polarity.WITHIN_RANGE, lower, upper, 0, YearToDateRule.MEAN, base.frequency(), null, null, null, null,
                null, null, null, null, null, null);
    }
}
