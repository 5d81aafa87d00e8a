package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.improvementtracker.imports.Numbering.Numbered;
import org.junit.jupiter.api.Test;

class NumberingTests {

    @Test
    void theNumberACellOpensWithIsTakenOffItsText() {
        assertThat(Numbering.leading("1.0 Children are listened to")).isEqualTo(new Numbered("1.0", "Children are listened to"));
        assertThat(Numbering.leading("1.1. Children are seen")).isEqualTo(new Numbered("1.1", "Children are seen"));
        assertThat(Numbering.leading("1. Quality of assessments")).isEqualTo(new Numbered("1", "Quality of assessments"));
        assertThat(Numbering.leading("A) All assessments")).isEqualTo(new Numbered("A", "All assessments"));
        assertThat(Numbering.leading("(ii) Workload")).isEqualTo(new Numbered("ii", "Workload"));
        assertThat(Numbering.leading("6.")).isEqualTo(new Numbered("6", ""));
        assertThat(Numbering.leading("2.3.1 Multi-line\ntext")).isEqualTo(new Numbered("2.3.1", "Multi-line\ntext"));
    }

    @Test
    void aPlainNumberOrAYearIsText() {
        assertThat(Numbering.leading("7 social workers to undertake MSc").number()).isNull();
        assertThat(Numbering.leading("2016/17 outturn").number()).isNull();
        assertThat(Numbering.leading("Sept 13").number()).isNull();
        assertThat(Numbering.leading("").number()).isNull();
    }

    @Test
    void aCellOfMarkedItemsIsCutAtEachNextMarker() {
        assertThat(Numbering.parts("i) Dec 13. ii) Jan 14 iii) March 14").texts())
                .containsExactly("Dec 13.", "Jan 14", "March 14");
        assertThat(Numbering.parts("1) Audit 2) Train").texts()).containsExactly("Audit", "Train");
        assertThat(Numbering.parts("a) Audit\nb) Train").texts()).containsExactly("Audit", "Train");
        assertThat(Numbering.parts("(A) Audit (B) Train").texts()).containsExactly("Audit", "Train");
        assertThat(Numbering.parts("i) AD ii). EH, Early Years").texts()).containsExactly("AD", "EH, Early Years");
    }

    @Test
    void aListMayContinueFromTheRowAboveButMarkersOutOfOrderStayText() {
        assertThat(Numbering.parts("iii) Sept 13").texts()).containsExactly("Sept 13");
        assertThat(Numbering.parts("iii) Sept 13").marked()).isTrue();
        // "iii)" after "i)" skips "ii)", so it is part of the first item's text.
        assertThat(Numbering.parts("i) Audit iii) Train").texts()).containsExactly("Audit iii) Train");
        // Brackets inside the text are not markers: "(AD)" is no letter.
        assertThat(Numbering.parts("i) Assistant Director (AD) ii) SGU").texts())
                .containsExactly("Assistant Director (AD)", "SGU");
    }

    @Test
    void aCellThatDoesNotOpenWithAMarkerIsOnePart() {
        assertThat(Numbering.parts("Review of systems. ii) Workload").texts())
                .containsExactly("Review of systems. ii) Workload");
        assertThat(Numbering.parts("Review of systems. ii) Workload").marked()).isFalse();
        assertThat(Numbering.parts("").count()).isEqualTo(1);
    }
}
