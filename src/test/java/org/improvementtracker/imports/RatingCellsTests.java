package org.improvementtracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.improvementtracker.imports.RatingCells.Reading;
import org.improvementtracker.plans.RatingScale;
import org.junit.jupiter.api.Test;

class RatingCellsTests {

    @Test
    void wordsInAnyCaseAndTheirLettersAreRatingsOnTheScalesThatHaveThem() {
        assertThat(RatingCells.read("Green", RatingScale.RAG)).isEqualTo(new Reading(3, true));
        assertThat(RatingCells.read(" AMBER. ", RatingScale.RAG)).isEqualTo(new Reading(2, true));
        assertThat(RatingCells.read("r", RatingScale.RAG)).isEqualTo(new Reading(1, true));
        assertThat(RatingCells.read("Blue", RatingScale.BRAG)).isEqualTo(new Reading(4, true));
        assertThat(RatingCells.read("B", RatingScale.RAG)).isEqualTo(Reading.NOT_A_RATING);
        assertThat(RatingCells.read("Green", RatingScale.PROGRESS_5)).isEqualTo(Reading.NOT_A_RATING);
    }

    @Test
    void numbersAreRatingsWithinTheScaleAndBlankOrNoughtIsNotRated() {
        assertThat(RatingCells.read("5", RatingScale.PROGRESS_5)).isEqualTo(new Reading(5, true));
        assertThat(RatingCells.read("3.0", RatingScale.RAG)).isEqualTo(new Reading(3, true));
        assertThat(RatingCells.read("0", RatingScale.PROGRESS_5)).isEqualTo(Reading.NOT_RATED);
        assertThat(RatingCells.read("", RatingScale.RAG)).isEqualTo(Reading.NOT_RATED);
        assertThat(RatingCells.read("7", RatingScale.PROGRESS_5)).isEqualTo(Reading.NOT_A_RATING);
        assertThat(RatingCells.read("4", RatingScale.RAG)).isEqualTo(Reading.NOT_A_RATING);
    }

    @Test
    void anythingElseIsNotARating() {
        for (String cell : List.of("re", "01/03/2018", "Amber/Green", "2.5", "On track", "-")) {
            assertThat(RatingCells.read(cell, RatingScale.BRAG)).as(cell).isEqualTo(Reading.NOT_A_RATING);
        }
    }

    @Test
    void theScaleIsInferredFromTheRatingsGiven() {
        assertThat(RatingCells.inferred(List.of("1", "3", "0", "4"))).isEqualTo(RatingScale.PROGRESS_5);
        assertThat(RatingCells.inferred(List.of("Green", "blue"))).isEqualTo(RatingScale.BRAG);
        assertThat(RatingCells.inferred(List.of("G", "B", "5"))).isEqualTo(RatingScale.PROGRESS_5);
        assertThat(RatingCells.inferred(List.of("1", "2", "3"))).isEqualTo(RatingScale.RAG);
        assertThat(RatingCells.inferred(List.of("Red", "amber"))).isEqualTo(RatingScale.RAG);
        assertThat(RatingCells.inferred(List.of())).isEqualTo(RatingScale.RAG);
    }
}
