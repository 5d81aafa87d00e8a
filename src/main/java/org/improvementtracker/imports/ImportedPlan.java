package org.improvementtracker.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.RatingScale;

/**
 * The plan a file would become, before anything is stored: what the preview shows and what an import
 * commits. Periods are the rating and update columns' periods in order ({@link ProposedColumn#INITIAL} first
 * when there is one; {@link #CURRENT} for a "RAG status" or "Progress update" column naming none).
 */
public record ImportedPlan(RatingScale ratingScale, List<String> periods, List<Section> sections,
        List<Indicator> indicators) {

    /** The period of a rating or update column that names none. */
    public static final String CURRENT = "current";

    public ImportedPlan {
        periods = List.copyOf(periods);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
    }

    public List<Action> actions() {
        return sections.stream().flatMap(section -> section.outcomes().stream())
                .flatMap(outcome -> outcome.actions().stream()).toList();
    }

    public record Section(String number, String title, List<Outcome> outcomes) {

        public Section {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** An outcome; a section's actions that sit under no outcome are under one with null number and text. */
    public record Outcome(String number, String text, List<Action> actions) {

        public Outcome {
            actions = List.copyOf(actions);
        }
    }

    /**
     * An action as the file gives it. Ratings are by period, null for "not rated"; the maps keep the periods'
     * order. {@code row} is where it came from, so that problems and unmatched actions can point at it.
     * {@code referenceGiven} says whether the reference is the file's (the action's own number, or its number
     * within an outcome the file numbers) rather than made up from the action's place, which says nothing
     * about which action it is.
     */
    public record Action(String reference, boolean referenceGiven, String description, String lead, String responsibleOfficer,
            String timescaleText, LocalDate dueDate, List<String> successMeasures, String evidenceOfImpact,
            Map<String, Integer> ratings, Map<String, String> updates, SourcePlace source) {

        public Action {
            successMeasures = List.copyOf(successMeasures);
        }
    }

    /**
     * A performance indicator from an indicator table: values by month ("2017-07"), in order; the baseline
     * as labelled ("2016/17"); the statistical neighbours' average as the benchmark.
     */
    public record Indicator(String section, String name, String polarity, String baselineLabel, BigDecimal baseline,
            BigDecimal benchmark, Map<String, BigDecimal> values, String notes, SourcePlace source) {
    }

    /** Where in the file something came from: the sheet or table, as {@link SourceTable#place()}, and the row. */
    public record SourcePlace(String place, int row) {
    }
}
