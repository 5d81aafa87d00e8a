package org.improvementtracker.reporting;

import java.util.Map;

import org.improvementtracker.plans.Section;

/** One row of the summary table: a section's score now and before, and how its ratings are spread. */
public record SectionScore(Section section, Score score, Score previous, Movement movement,
        Map<Integer, Integer> distribution) {
}
