package org.improvementtracker.reports.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeTextTests {

    @Test
    void lineBreaksFromWordBecomeOneKindAndCharactersXmlCannotHoldGo() {
        assertThat(OfficeText.clean("one\u000Btwo\r\nthree\rfour\u0000\u0007five\tsix"))
                .isEqualTo("one\ntwo\nthree\nfourfive\tsix");
        assertThat(OfficeText.lines("first\n\nthird")).containsExactly("first", "", "third");
    }

    @Test
    void everythingElseIsKeptAsTyped() {
        String typed = "<b>x</b> & =HYPERLINK(\"a\") مرحبا 🎉 " + "W".repeat(200);
        assertThat(OfficeText.clean(typed)).isEqualTo(typed);
        assertThat(OfficeText.clean(null)).isEmpty();
    }
}
