package org.improvementtracker.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;

class IndicatorFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"2017-03", "3/2017", "03/2017", "March 2017", "march 2017", "Mar 2017", " 2017-03 "})
    void monthsAreReadAsPeopleWriteThem(String text) {
        assertThat(IndicatorForm.month(text)).isEqualTo(YearMonth.of(2017, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-13", "2017-3-1", "Spring 2017", "13/2017", "2017"})
    void whatIsNotAMonthIsNotGuessed(String text) {
        assertThat(IndicatorForm.month(text)).isNull();
    }

    @Test
    void blankRowsAreDroppedSoMessagesNameTheRowsFilledIn() {
        IndicatorForm form = new IndicatorForm().withBlankRows();
        form.getMilestones().get(2).setTarget("80");
        var errors = new BeanPropertyBindingResult(form, "form");

        form.check(errors);

        assertThat(form.getBenchmarks()).isEmpty();
        assertThat(form.getMilestones()).hasSize(1);
        assertThat(errors.getFieldError("milestones[0].date").getDefaultMessage())
                .isEqualTo("Milestone 1: enter the date");
    }

    @Test
    void aFieldInARepeatedGroupIsNamedByItsRow() {
        assertThat(IndicatorForm.rowOf("benchmarks[1].value")).isEqualTo("Benchmark 2: ");
        assertThat(IndicatorForm.rowOf("monthlyTargets[0].month")).isEqualTo("Monthly target 1: ");
        assertThat(IndicatorForm.rowOf("annualTarget")).isEmpty();
    }
}
