package org.improvementtracker.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTests {

    @Test
    void namesLoseWhatExcelRefusesAndStayWithin31Characters() {
        SheetNames names = new SheetNames();

        assertThat(names.unique("1. Early help: [what]/works? *now*\\then and much more"))
                .isEqualTo("1. Early help what works now th");
        assertThat(names.unique("'Quoted'")).doesNotStartWith("'").doesNotEndWith("'");
        assertThat(names.unique("   ")).isEqualTo("Sheet");
        assertThat(names.unique("History")).as("Excel keeps History for itself").isEqualTo("Sheet History");
    }

    @Test
    void reservedAndRepeatedNamesGetANumberThatStillFits() {
        SheetNames names = new SheetNames();
        names.reserve("Glossary");

        assertThat(names.unique("glossary")).isEqualTo("glossary (2)");
        String long31 = "A section title that is far too long for a sheet";
        String first = names.unique(long31);
        String second = names.unique(long31);
        assertThat(first).hasSize(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualTo(first);
    }
}
