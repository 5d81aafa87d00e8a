package org.improvementtracker.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormValuesTest {

    @ParameterizedTest
    @CsvSource({"31/3/2026, 2026-03-31", "01/04/2026, 2026-04-01", "2026-04-01, 2026-04-01", "' 5/11/2025 ', 2025-11-05"})
    void readsUkAndIsoDates(String text, LocalDate expected) {
        assertThat(FormValues.date(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2026", "next week", "2026-13-01", "13/13/2026", "1/1/26x"})
    void refusesWhatIsNotARealDate(String text) {
        assertThat(FormValues.date(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"80, 80", "12.5, 12.5", "'1,000', 1000"})
    void readsNumbers(String text, BigDecimal expected) {
        assertThat(FormValues.number(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighty", "80%", "1.2.3"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(FormValues.number(text)).isNull();
    }
}
