package org.improvementtracker.imports;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.improvementtracker.plans.RatingScale;

/**
 * Ratings as plans write them: a word (Red, Amber, Green, Blue, in any case), its letter (R, A, G, B), or a
 * level's number on the plan's scale; blank or 0 is "not rated". A word or letter is read only on a scale that
 * has it: Red 1, Amber 2, Green 3 on RAG and BRAG, Blue 4 on BRAG alone, none on the 1 to 5 progress scale.
 * Anything else, "Amber/Green" included (two ratings, not one), is not a rating.
 */
final class RatingCells {

    private static final Map<String, Integer> WORDS = Map.of("red", 1, "r", 1, "amber", 2, "a", 2, "green", 3,
            "g", 3, "blue", 4, "b", 4);

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(?:\\.0+)?");

    private RatingCells() {
    }

    /** What a rating cell says: a level, "not rated", or neither (a problem for the person importing). */
    record Reading(Integer value, boolean rating) {

        static final Reading NOT_RATED = new Reading(null, true);
        static final Reading NOT_A_RATING = new Reading(null, false);
    }

    static Reading read(String cell, RatingScale scale) {
        String token = token(cell);
        if (token.isEmpty()) {
            return Reading.NOT_RATED;
        }
        if (WHOLE_NUMBER.matcher(token).matches()) {
            int value = (int) Double.parseDouble(token);
            if (value == 0) {
                return Reading.NOT_RATED;
            }
            return scale.allows(value) ? new Reading(value, true) : Reading.NOT_A_RATING;
        }
        Integer word = WORDS.get(token);
        if (word == null || scale == RatingScale.PROGRESS_5 || !scale.allows(word)) {
            return Reading.NOT_A_RATING;
        }
        return new Reading(word, true);
    }

    /**
     * The scale a file's ratings are on when no plan gives one: the 1 to 5 progress scale when any rating is 4
     * or 5, else BRAG when any says Blue (or B), else RAG, which also takes numbers 1 to 3 alone (a progress
     * plan that never rated above 3 reads the same on either scale, and RAG is the more common).
     */
    static RatingScale inferred(Collection<String> cells) {
        boolean blue = false;
        for (String cell : cells) {
            String token = token(cell);
            if (WHOLE_NUMBER.matcher(token).matches()) {
                double value = Double.parseDouble(token);
                if (value == 4 || value == 5) {
                    return RatingScale.PROGRESS_5;
                }
            }
            blue |= token.equals("blue") || token.equals("b");
        }
        return blue ? RatingScale.BRAG : RatingScale.RAG;
    }

    /** How the problem describes what a rating cell may hold on this scale. */
    static String accepted(RatingScale scale) {
        String numbers = scale.range();
        switch (scale) {
            case PROGRESS_5:
                return numbers;
            case BRAG:
                return numbers + ", or Blue, Red, Amber, Green (or B, R, A, G)";
            default:
                return numbers + ", or Red, Amber, Green (or R, A, G)";
        }
    }

    /** Lower case, without the full stop or spaces a typist leaves around a rating. */
    private static String token(String cell) {
        String token = cell.strip().toLowerCase(Locale.ROOT);
        return token.endsWith(".") ? token.substring(0, token.length() - 1).strip() : token;
    }
}
