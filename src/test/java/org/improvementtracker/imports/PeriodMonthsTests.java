package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The month a rating or update column's period names, as the headings of real plans write it. */
class PeriodMonthsTests {

    @ParameterizedTest
    @CsvSource({"01/18, 2018-01", "1/2018, 2018-01", "12 / 18, 2018-12", "2018-03, 2018-03", "March 2014, 2014-03",
        "Mar-14, 2014-03", "Sept 13, 2013-09", "May 2026, 2026-05"})
    void aLabelNamingAMonthIsThatMonth(String label, String month) {
        assertThat(PeriodMonths.of(label)).contains(YearMonth.parse(month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q4", "13/18", "current", "", "2013/14", "ongoing"})
    void aLabelNamingNoSingleMonthIsNone(String label) {
        assertThat(PeriodMonths.of(label)).isEmpty();
    }
}
