package org.improvementtracker.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The UK financial year, April to March. */
class FinancialYearTest {

    @Test
    void aprilStartsTheYearAndMarchEndsIt() {
        assertThat(FinancialYear.of(YearMonth.of(2025, 4))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(YearMonth.of(2026, 3))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(YearMonth.of(2025, 3))).isEqualTo(new FinancialYear(2024));
        assertThat(FinancialYear.of(YearMonth.of(2025, 12))).isEqualTo(new FinancialYear(2025));
    }

    @Test
    void isLabelledAsCouncilsWriteIt() {
        assertThat(new FinancialYear(2025).label()).isEqualTo("2025/26");
        assertThat(new FinancialYear(2016).label()).isEqualTo("2016/17");
        assertThat(new FinancialYear(1999).label()).isEqualTo("1999/00");
    }

    @Test
    void listsItsMonthsFromApril() {
        List<YearMonth> months = new FinancialYear(2025).months();
        assertThat(months).hasSize(12).startsWith(YearMonth.of(2025, 4)).endsWith(YearMonth.of(2026, 3));
    }

    @Test
    void theYearToDateRunsFromAprilToTheMonth() {
        assertThat(new FinancialYear(2025).monthsTo(YearMonth.of(2025, 6)))
                .containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
        assertThat(new FinancialYear(2025).monthsTo(YearMonth.of(2025, 4))).containsExactly(YearMonth.of(2025, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new FinancialYear(2025).monthsTo(YearMonth.of(2026, 4)))
                .withMessageContaining("2025/26");
    }

    @Test
    void containsOnlyItsOwnMonths() {
        FinancialYear year = new FinancialYear(2025);
        assertThat(year.contains(YearMonth.of(2025, 4))).isTrue();
        assertThat(year.contains(YearMonth.of(2026, 3))).isTrue();
        assertThat(year.contains(YearMonth.of(2025, 3))).isFalse();
        assertThat(year.contains(YearMonth.of(2026, 4))).isFalse();
    }

    @Property
    void everyMonthFallsInExactlyTheYearItBelongsTo(@ForAll @IntRange(min = 1990, max = 2100) int year,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        YearMonth yearMonth = YearMonth.of(year, month);
        FinancialYear financialYear = FinancialYear.of(yearMonth);
        assertThat(financialYear.contains(yearMonth)).isTrue();
        assertThat(financialYear.months()).contains(yearMonth);
        assertThat(new FinancialYear(financialYear.startYear() + 1).contains(yearMonth)).isFalse();
        assertThat(new FinancialYear(financialYear.startYear() - 1).contains(yearMonth)).isFalse();
        assertThat(financialYear.monthsTo(yearMonth)).endsWith(yearMonth).doesNotHaveDuplicates();
    }
}
