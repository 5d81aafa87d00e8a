package org.improvementtracker.reports.office;

import java.util.Map;

import org.improvementtracker.plans.RatingLevel;

/**
 * The fill of a rating's cell in Word and Excel: the light background of the GOV.UK tag of the same
 * colour, so the dark text written in every cell ("3 On track") keeps a contrast above 4.5:1.
 */
public final class RatingColours {

    private static final Map<String, String> FILLS = Map.of(
            "red", "F4CDC6",
            "orange", "FCD6C3",
            "green", "CCE2D8",
            "blue", "BBD4EA",
            "grey", "E5E6E7");

    private static final String NO_COLOUR = "FFFFFF";

    private RatingColours() {
    }

    /** The fill as six hexadecimal digits, e.g. "CCE2D8" for green. */
    public static String fill(RatingLevel level) {
        return FILLS.getOrDefault(level.colour(), NO_COLOUR);
    }
}
