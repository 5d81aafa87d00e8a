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
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanStatus;
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

/** Entering values: guarded by version, all or nothing, and every save kept in the history. */
@DatabaseTest
@SpringBootTest
@Import(TestData.class)
class IndicatorValuesTests {

    static final YearMonth MAY = YearMonth.of(2025, 5);
    static final YearMonth JUNE = YearMonth.of(2025, 6);

    @Autowired
    TestData testData;

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorReader reader;

    @Autowired
    IndicatorService indicators;

    @Autowired
    UserDetailsService users;

    Organisation organisation;
    SignedInUser owner;
    long planId;
    long indicatorId;

    @BeforeEach
    void indicator() {
        organisation = testData.organisation();
        owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        indicatorId = testData.indicator(organisation, planId, null, "V1");
    }

    @Test
    void aRateEnteredAsNumeratorAndDenominatorIsStoredWithItsPercentage() {
        IndicatorValue saved = save(new ValueEntry(indicatorId, MAY, figures(null, "45", "60", null), null));

        assertThat(saved.figures().value()).isEqualByComparingTo("75");
        assertThat(saved.enteredBy()).isEqualTo(owner.accountId());
        assertThat(saved.version()).isZero();
    }

    @Test
    void aMissingValueIsKeptWithItsNoteNotAsZero() {
        IndicatorValue saved = save(new ValueEntry(indicatorId, MAY, figures(null, null, null, "System down"), null));

        assertThat(saved.figures().value()).isNull();
        assertThat(saved.figures().note()).isEqualTo("System down");
    }

    @Test
    void savingAgainNeedsTheVersionReadAndAStaleOneIsAConflict() {
        save(new ValueEntry(indicatorId, MAY, figures("70", null, null, null), null));
        IndicatorValue changed = save(new ValueEntry(indicatorId, MAY, figures("72", null, null, "Corrected"), 0));

        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> save(new ValueEntry(indicatorId, MAY, figures("99", null, null, null), 0)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> save(new ValueEntry(indicatorId, MAY, figures("99", null, null, null), null)))
                .as("entering a month someone else entered first").isInstanceOf(ConflictException.class);
        assertThat(detail().values()).singleElement()
                .satisfies(value -> assertThat(value.figures().value()).isEqualByComparingTo("72"));
    }

    @Test
    void everySaveIsInTheHistoryWithWhoAndBeforeAndAfter() {
        save(new ValueEntry(indicatorId, MAY, figures("70", null, null, null), null));
        save(new ValueEntry(indicatorId, MAY, figures("72", null, null, "Late returns"), 0));

        List<ValueEvent> history = detail().history();
        assertThat(history).hasSize(2).allSatisfy(event -> {
            assertThat(event.month()).isEqualTo(MAY);
            assertThat(event.accountId()).isEqualTo(owner.accountId());
            assertThat(event.accountName()).isEqualTo(owner.displayName());
        });
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(0).after().value()).isEqualByComparingTo("70");
        assertThat(history.get(1).before().value()).isEqualByComparingTo("70");
        assertThat(history.get(1).after().value()).isEqualByComparingTo("72");
        assertThat(history.get(1).after().note()).isEqualTo("Late returns");
    }

    @Test
    void aBatchWithOneBadMonthSavesNothingAndNamesIt() {
        List<ValueEntry> row = List.of(new ValueEntry(indicatorId, MAY, figures("70", null, null, null), null),
                new ValueEntry(indicatorId, YearMonth.of(2030, 1), figures("71", null, null, null), null),
                new ValueEntry(indicatorId, JUNE, figures(null, "5", null, null), null));

        assertThatThrownBy(() -> values.saveAll(organisation.id(), owner.accountId(), row))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("values[1].month", "values[2].denominator"));
        assertThat(detail().values()).isEmpty();
        assertThat(detail().history()).isEmpty();
    }

    @Test
    void impossibleFiguresAreRefusedNamingTheFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> save(new ValueEntry(indicatorId, MAY, figures("120", null, null, null), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("value", "A percentage must be between 0 and 100")));
        assertThatThrownBy(() -> save(new ValueEntry(indicatorId, MAY, figures(null, "61", "60", null), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("numerator", "The numerator cannot be more than the denominator")));
        assertThatThrownBy(() -> save(new ValueEntry(indicatorId, MAY, figures(null, "5", "0", null), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("denominator", "The denominator must be more than 0")));
        assertThat(detail().values()).isEmpty();
        assertThat(detail().history()).isEmpty();
    }

    @Test
    void aBatchWithOneStaleMonthSavesNothing() {
        save(new ValueEntry(indicatorId, JUNE, figures("60", null, null, null), null));
        long second = testData.indicator(organisation, planId, null, "V2");
        List<ValueEntry> batch = List.of(new ValueEntry(second, MAY, figures("10", null, null, null), null),
                new ValueEntry(indicatorId, MAY, figures("70", null, null, null), null),
                new ValueEntry(indicatorId, JUNE, figures("61", null, null, null), 5));

        assertThatThrownBy(() -> values.saveAll(organisation.id(), owner.accountId(), batch))
                .isInstanceOf(ConflictException.class);
        assertThat(reader.detail(organisation.id(), second).values()).isEmpty();
        assertThat(detail().values()).singleElement().extracting(IndicatorValue::month).isEqualTo(JUNE);
        assertThat(detail().history()).hasSize(1);
    }

    @Test
    void anEmptyBatchSavesNothing() {
        values.saveAll(organisation.id(), owner.accountId(), List.of());

        assertThat(detail().values()).isEmpty();
        assertThat(detail().history()).isEmpty();
    }

    @Test
    void aWholeRowIsSavedTogether() {
        values.saveAll(organisation.id(), owner.accountId(), List.of(
                new ValueEntry(indicatorId, MAY, figures("70", null, null, null), null),
                new ValueEntry(indicatorId, JUNE, figures("71", null, null, null), null)));

        assertThat(detail().values()).extracting(IndicatorValue::month).containsExactly(MAY, JUNE);
    }

    @Test
    void anEntryWithNothingInItIsRefused() {
        assertThatThrownBy(() -> save(new ValueEntry(indicatorId, MAY, figures(null, null, null, " "), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("value"));
    }

    @Test
    void anotherOrganisationsIndicatorIsNotFound() {
        Organisation other = testData.organisation();
        long theirs = testData.indicator(other, testData.plan(other, PlanStatus.ACTIVE), null, "V1");

        assertThatThrownBy(() -> save(new ValueEntry(theirs, MAY, figures("1", null, null, null), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(reader.detail(other.id(), theirs).values()).isEmpty();
    }

    @Test
    void aValueThatMissesItsTargetNeedsANoteSayingWhy() {
        long targeted = indicators.define(organisation.id(), planId, withTargets("T1", new BigDecimal("80"),
                List.of(), List.of()));

        assertThatThrownBy(() -> save(new ValueEntry(targeted, MAY, figures("70", null, null, null), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new FieldProblem("note", "Explain in a note why the value misses its target")));
        assertThatThrownBy(() -> save(new ValueEntry(targeted, MAY, figures(null, "35", "50", " "), null)))
                .as("a rate is judged on the percentage it makes").isInstanceOf(InvalidInputException.class);
        assertThat(reader.detail(organisation.id(), targeted).values()).isEmpty();

        save(new ValueEntry(targeted, MAY, figures("70", null, null, "Two teams short of managers"), null));
        save(new ValueEntry(targeted, JUNE, figures("80", null, null, null), null));
        assertThat(reader.detail(organisation.id(), targeted).values()).hasSize(2);
    }

    @Test
    void theNoteIsAskedForAgainstTheTargetInForceThatMonth() {
        long targeted = indicators.define(organisation.id(), planId, withTargets("T2", new BigDecimal("90"),
                List.of(new Milestone(LocalDate.of(2025, 9, 30), new BigDecimal("50"))),
                List.of(new MonthlyTarget(JUNE, new BigDecimal("20")))));

        // Baseline 30 in March 2025, 50 by September: May's trajectory target is 30 + 2/6 of 20 = 36.7.
        save(new ValueEntry(targeted, MAY, figures("36.7", null, null, null), null));
        assertThatThrownBy(() -> save(new ValueEntry(targeted, MAY, figures("36.6", null, null, null), 0)))
                .isInstanceOf(InvalidInputException.class);
        save(new ValueEntry(targeted, JUNE, figures("21", null, null, null), null));
    }

    @Test
    void monthsFromTheBaselineOnCanBeEnteredBeforeThePlanStarts() {
        long targeted = indicators.define(organisation.id(), planId, withTargets("T3", null, List.of(), List.of()));

        save(new ValueEntry(targeted, YearMonth.of(2025, 3), figures("30", null, null, null), null));
        assertThatThrownBy(() -> save(new ValueEntry(targeted, YearMonth.of(2025, 2), figures("30", null, null,
                null), null))).isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(
                        invalid.problems()).extracting(FieldProblem::field).containsExactly("month"));
    }

    /** Baseline 30 in March 2025, before the plan's first month; tolerance 0. */
    private static IndicatorDefinition withTargets(String code, BigDecimal annualTarget, List<Milestone> milestones,
            List<MonthlyTarget> monthlyTargets) {
        IndicatorDefinition base = TestData.indicator(null, code, "Targeted " + code);
        return new IndicatorDefinition(null, code, base.name(), null, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
                null, null, 1, YearToDateRule.RATIO_OF_SUMS, Frequency.MONTHLY, "2024/25", YearMonth.of(2025, 3),
                new BigDecimal("30"), annualTarget, BigDecimal.ZERO, null, List.of(), milestones, monthlyTargets,
                List.of());
    }

    private IndicatorValue save(ValueEntry entry) {
        return values.save(organisation.id(), owner.accountId(), entry);
    }

    private IndicatorDetail detail() {
        return reader.detail(organisation.id(), indicatorId);
    }

    private static Figures figures(String value, String numerator, String denominator, String note) {
        return new Figures(value == null ? null : new BigDecimal(value), numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator), note);
    }
}
