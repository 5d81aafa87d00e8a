package org.improvementtracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

/** Text that would run as a spreadsheet formula is written harmless and read back as typed. */
class SpreadsheetTextTest {

    @Test
    void formulaLikeTextGetsAnApostropheAndOtherTextIsLeftAsIs() {
        assertThat(SpreadsheetText.neutralised("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(SpreadsheetText.neutralised("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(SpreadsheetText.neutralised("-3 on last month")).isEqualTo("'-3 on last month");
        assertThat(SpreadsheetText.neutralised("@cmd")).isEqualTo("'@cmd");
        assertThat(SpreadsheetText.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralised("Audits judged good")).isEqualTo("Audits judged good");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isNull();
        assertThat(SpreadsheetText.restored("'it's fine")).as("an apostrophe of the user's own stays")
                .isEqualTo("'it's fine");
        assertThat(SpreadsheetText.neutralised("'=typed like this")).isEqualTo("''=typed like this");
        assertThat(SpreadsheetText.restored("''=typed like this")).isEqualTo("'=typed like this");
    }

    @Property
    void whatIsWrittenNeverStartsAFormulaAndReadsBackAsTyped(@ForAll String text) {
        String written = SpreadsheetText.neutralised(text);

        assertThat(written).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        assertThat(SpreadsheetText.restored(written)).isEqualTo(text);
    }
}
