package org.improvementtracker.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.improvementtracker.plans.AbbreviationGlossary.Segment;
import org.junit.jupiter.api.Test;

class AbbreviationGlossaryTest {

    private final AbbreviationGlossary glossary = new AbbreviationGlossary(List.of(
            new GlossaryTerm(1, "AD", "Assistant Director", 0),
            new GlossaryTerm(2, "PP&P", "Principal, Policy and Practice", 0),
            new GlossaryTerm(3, "MASH", "Multi-Agency Safeguarding Hub", 0)));

    @Test
    void wrapsWholeWordsOnly() {
        assertThat(glossary.segments("AD to review the MASH ADVICE line; see PP&P."))
                .containsExactly(new Segment("AD", "Assistant Director"), new Segment(" to review the ", null),
                        new Segment("MASH", "Multi-Agency Safeguarding Hub"), new Segment(" ADVICE line; see ", null),
                        new Segment("PP&P", "Principal, Policy and Practice"), new Segment(".", null));
    }

    @Test
    void leavesTextAloneWithoutAGlossary() {
        assertThat(new AbbreviationGlossary(List.of()).segments("<b>AD</b>"))
                .containsExactly(new Segment("<b>AD</b>", null));
        assertThat(glossary.segments(null)).isEmpty();
    }
}
