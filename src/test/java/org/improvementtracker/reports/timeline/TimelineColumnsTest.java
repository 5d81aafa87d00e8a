package org.improvementtracker.reports.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineColumnsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aMonthEachFromTheFirstDateToTheLast() {
        List<TimelineColumn> columns = TimelineColumns.of(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 1, 15)), TODAY);

        assertThat(columns).extracting(TimelineColumn::label).containsExactly("Nov 2025", "Dec 2025", "Jan 2026",
                "Feb 2026", "Mar 2026");
        assertThat(columns.get(0).holds(LocalDate.of(2025, 11, 30))).isTrue();
        assertThat(columns.get(0).holds(LocalDate.of(2025, 12, 1))).isFalse();
    }

    @Test
    void noDatesNoColumns() {
        assertThat(TimelineColumns.of(List.of(), TODAY)).isEmpty();
    }

    @Test
    void aLongPlanShowsThreeYearsFromSixMonthsAgoWithTheRestBeforeAndAfter() {
        List<TimelineColumn> columns = TimelineColumns.of(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2035, 6, 1)),
                TODAY);

        assertThat(columns).hasSize(TimelineColumns.MOST_MONTHS + 2);
        assertThat(columns.get(0).label()).isEqualTo("Before Jun 2026");
        assertThat(columns.get(0).holds(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(columns.get(1).first()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(columns.get(TimelineColumns.MOST_MONTHS).last()).isEqualTo(YearMonth.of(2029, 5));
        assertThat(columns.get(TimelineColumns.MOST_MONTHS + 1).label()).isEqualTo("After May 2029");
        assertThat(columns.get(TimelineColumns.MOST_MONTHS + 1).holds(LocalDate.of(2035, 6, 1))).isTrue();
    }

    @Test
    void aLongPlanEndingSoonShowsItsLastThreeYears() {
        List<TimelineColumn> columns = TimelineColumns.of(List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 2, 1)),
                TODAY);

        assertThat(columns.get(0).label()).isEqualTo("Before Mar 2024");
        assertThat(columns.get(columns.size() - 1).label()).isEqualTo("Feb 2027");
        assertThat(columns).hasSize(TimelineColumns.MOST_MONTHS + 1);
    }
}
