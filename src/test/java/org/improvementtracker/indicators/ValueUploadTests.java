package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.DatabaseTest;
import org.improvementtracker.StatementCounter;
import org.improvementtracker.TestData;
import org.improvementtracker.TestData.Organisation;
import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.ValueUpload.Preview;
import org.improvementtracker.plans.PlanStatus;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.InvalidRowsException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Uploading a CSV: a preview naming every problem's row and column, then all of it saved or nothing. */
@DatabaseTest
@SpringBootTest
@Import({TestData.class, StatementCounter.class})
class ValueUploadTests {

    static final YearMonth MAY = YearMonth.of(2026, 5);

    @Autowired
    TestData testData;

    @Autowired
    ValueUpload upload;

    @Autowired
    IndicatorValues values;

    @Autowired
    IndicatorReader reader;

    @Autowired
    IndicatorService indicators;

    @Autowired
    UserDetailsService users;

    @Autowired
    StatementCounter counter;

    Organisation organisation;
    SignedInUser owner;
    long planId;
    long percentage;
    long targeted;

    @BeforeEach
    void plan() {
        organisation = testData.organisation();
        owner = (SignedInUser) users.loadUserByUsername(organisation.username(Role.PLAN_OWNER));
        planId = testData.plan(organisation, PlanStatus.ACTIVE);
        percentage = testData.indicator(organisation, planId, null, "FD1");
        targeted = indicators.define(organisation.id(), planId, withTarget("CIC2", "Children in care visited on time"));
    }

    @Test
    void thePreviewShowsWhatEachRowSavesAndReplacesWithoutSavingIt() {
        values.save(organisation.id(), owner.accountId(),
                new ValueEntry(percentage, MAY, new Figures(new BigDecimal("70"), null, null, null), null));

        Preview preview = upload.preview(organisation.id(), planId, csv("""
                indicator code,month,value,numerator,denominator,note
                FD1,2026-05,82.5,,,
                cic2,June 2026,,45,50,
                """));

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).shown()).isEqualTo("82.5%");
        assertThat(preview.rows().get(0).replacing()).isEqualTo("70.0%");
        assertThat(preview.rows().get(0).version()).isZero();
        assertThat(preview.rows().get(1).indicator().code()).isEqualTo("CIC2");
        assertThat(preview.rows().get(1).shown()).as("computed from numerator and denominator").isEqualTo("90.0%");
        assertThat(preview.rows().get(1).replacing()).isEqualTo("New");
        assertThat(valueOf(percentage, MAY)).isEqualByComparingTo("70");
    }

    @Test
    void everyKindOfProblemIsNamedByRowAndColumn() {
        Preview preview = upload.preview(organisation.id(), planId, csv("""
                Code,Month,Value,Numerator,Denominator,Note
                FD1,2026-05,120,,,
                FD9,2026-05,50,,,
                FD1,2030-01,50,,,
                CIC2,2026-05,40,,,
                FD1,2026-06,,7,5,
                FD1,May 2026,60,,,
                FD1,2026-07,sixty,,,
                """));

        assertThat(preview.problems()).containsExactly(
                new RowProblem(2, "Value", "120", "A percentage must be between 0 and 100"),
                new RowProblem(3, "Code", "FD9", "None of this plan's indicators has this code"),
                new RowProblem(4, "Month", "2030-01", "January 2030 is outside the plan: values can be entered from April 2025 to March 2027"),
                new RowProblem(5, "Note", null, "Explain in a note why the value misses its target"),
                new RowProblem(6, "Numerator", "7", "The numerator cannot be more than the denominator"),
                new RowProblem(7, "Month", "May 2026", "FD1 already has this month in row 2"),
                new RowProblem(8, "Value", "sixty", "Enter a number, like 42.5 or 1,250"));
        assertThat(preview.rows()).as("only the rows without problems").isEmpty();
        assertThat(preview.problems().get(0).sentence())
                .isEqualTo("Row 2, column ‘Value’: A percentage must be between 0 and 100 (you entered ‘120’)");
    }

    @Test
    void oneBadRowSavesNothing() {
        byte[] file = csv("""
                code,month,value
                FD1,2026-05,80
                FD1,2026-06,180
                """);

        assertThatThrownBy(() -> upload.save(organisation.id(), owner.accountId(), planId, file))
                .isInstanceOfSatisfying(InvalidRowsException.class, invalid -> assertThat(invalid.problems())
                        .extracting(RowProblem::row, RowProblem::column).containsExactly(org.assertj.core.groups.Tuple.tuple(3, "value")));
        assertThat(reader.detail(organisation.id(), percentage).values()).isEmpty();
    }

    @Test
    void aGoodFileSavesEveryRowOverwritingMonthsAndWritesTheHistory() {
        values.save(organisation.id(), owner.accountId(),
                new ValueEntry(percentage, MAY, new Figures(new BigDecimal("70"), null, null, null), null));

        Preview saved = upload.save(organisation.id(), owner.accountId(), planId, csv("""
                code,month,value,note
                FD1,2026-05,82.5,Corrected from the audit
                FD1,2026-06,84,
                CIC2,2026-05,95,
                """));

        assertThat(saved.saved()).isEqualTo(3);
        assertThat(valueOf(percentage, MAY)).isEqualByComparingTo("82.5");
        assertThat(valueOf(targeted, MAY)).isEqualByComparingTo("95");
        List<ValueEvent> history = reader.detail(organisation.id(), percentage).history();
        assertThat(history).hasSize(3);
        assertThat(history).filteredOn(event -> event.before() != null).singleElement().satisfies(event -> {
            assertThat(event.before().value()).isEqualByComparingTo("70");
            assertThat(event.after().note()).isEqualTo("Corrected from the audit");
        });
    }

    @Test
    void aMonthSavedBySomeoneElseSinceThePreviewIsAConflictAndNothingIsSaved() {
        byte[] file = csv("""
                code,month,value
                FD1,2026-04,81
                FD1,2026-05,82
                """);
        Preview preview = upload.preview(organisation.id(), planId, file);
        values.save(organisation.id(), owner.accountId(),
                new ValueEntry(percentage, MAY, new Figures(new BigDecimal("70"), null, null, null), null));
        List<Integer> versionsRead = preview.rows().stream().map(ValueUpload.UploadRow::version).toList();

        assertThatThrownBy(() -> upload.save(organisation.id(), owner.accountId(), planId, file, versionsRead))
                .isInstanceOf(ConflictException.class);
        assertThat(reader.detail(organisation.id(), percentage).values()).singleElement()
                .satisfies(value -> assertThat(value.figures().value()).isEqualByComparingTo("70"));
    }

    @Test
    void withoutAPlanCodesAreTheOrganisationsAndOneInTwoPlansMustBeChosen() {
        long otherPlan = testData.plan(organisation, PlanStatus.ACTIVE);
        testData.indicator(organisation, otherPlan, null, "FD1");
        Organisation another = testData.organisation();
        testData.indicator(another, testData.plan(another, PlanStatus.ACTIVE), null, "THEIRS");

        Preview preview = upload.preview(organisation.id(), null, csv("""
                code,month,value
                FD1,2026-05,80
                CIC2,2026-05,95
                THEIRS,2026-05,50
                """));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "FD1 is used in 2 plans: upload from the plan's page or add plan=… (the plan's id)"),
                org.assertj.core.groups.Tuple.tuple(4, "None of your organisation's indicators has this code"));
        assertThat(preview.rows()).extracting(row -> row.indicator().id()).containsExactly(targeted);
        assertThatThrownBy(() -> upload.preview(organisation.id(), testData.plan(another, PlanStatus.ACTIVE), csv("code,month,value\n")))
                .isInstanceOf(NotFoundException.class);
    }

    /** "No query per row": 500 rows take the statements 10 rows take, to preview and to save. */
    @Test
    void anUploadOf500RowsSendsAsManyStatementsAsOneOf10() {
        long small = planWithIndicators(10);
        long large = planWithIndicators(25);
        byte[] tenRows = rows(10, 1);
        byte[] fiveHundredRows = rows(25, 20);

        int previewTen = counter.statementsOf(() -> upload.preview(organisation.id(), small, tenRows));
        int previewFiveHundred = counter.statementsOf(() -> upload.preview(organisation.id(), large, fiveHundredRows));
        int saveTen = counter.statementsOf(() -> upload.save(organisation.id(), owner.accountId(), small, tenRows));
        int saveFiveHundred = counter.statementsOf(() ->
                upload.save(organisation.id(), owner.accountId(), large, fiveHundredRows));

        assertThat(previewFiveHundred).isEqualTo(previewTen);
        assertThat(saveFiveHundred).isEqualTo(saveTen);
        assertThat(reader.ofPlan(organisation.id(), large, null, YearMonth.of(2025, 4), YearMonth.of(2027, 3))
                .stream().mapToInt(detail -> detail.values().size()).sum()).isEqualTo(500);
    }

    private long planWithIndicators(int count) {
        long plan = testData.plan(organisation, PlanStatus.ACTIVE);
        for (int i = 0; i < count; i++) {
            testData.indicator(organisation, plan, null, "P" + i);
        }
        return plan;
    }

    private static byte[] rows(int indicators, int months) {
        StringBuilder file = new StringBuilder("code,month,value\n");
        for (int i = 0; i < indicators; i++) {
            for (int month = 0; month < months; month++) {
                file.append("P").append(i).append(',').append(YearMonth.of(2025, 4).plusMonths(month)).append(",50\n");
            }
        }
        return csv(file.toString());
    }

    private BigDecimal valueOf(long indicatorId, YearMonth month) {
        return reader.detail(organisation.id(), indicatorId).values().stream()
                .filter(value -> value.month().equals(month)).findFirst().orElseThrow().figures().value();
    }

    private static IndicatorDefinition withTarget(String code, String name) {
        IndicatorDefinition plain = TestData.indicator(null, code, name);
        return new IndicatorDefinition(null, code, name, plain.definition(), plain.unit(), plain.polarity(), null,
                null, plain.decimals(), plain.yearToDateRule(), plain.frequency(), plain.baselineLabel(), null,
                plain.baselineValue(), new BigDecimal("90"), BigDecimal.ZERO, null, List.of(), List.of(), List.of(),
                new ArrayList<>());
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
