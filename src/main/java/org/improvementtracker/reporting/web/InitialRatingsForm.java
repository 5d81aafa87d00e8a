package org.improvementtracker.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.reporting.InitialRating;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;

/**
 * The initial ratings form as posted: per action a select named rating-{actionId}, beside the rating
 * and version the page showed. Only rows the owner changed are sent, each with the version it was
 * read at, so a row someone else changed meanwhile is refused rather than overwritten.
 */
final class InitialRatingsForm {

    static final String RATING = "rating-";
    private static final String SHOWN = "shown-";
    private static final String VERSION = "version-";

    /** One action's row: what is chosen now, what the page showed, and the version it was read at ("" for none). */
    record Row(String rating, String shown, String version) {

        static Row of(InitialRating current) {
            String rating = current == null || current.rating() == null ? "" : current.rating().toString();
            return new Row(rating, rating, current == null ? "" : String.valueOf(current.version()));
        }

        boolean changed() {
            return !rating.equals(shown);
        }
    }

    private final Map<Long, Row> posted;

    private InitialRatingsForm(Map<Long, Row> posted) {
        this.posted = posted;
    }

    static InitialRatingsForm unchanged() {
        return new InitialRatingsForm(Map.of());
    }

    static InitialRatingsForm posted(Map<String, String> params) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Long actionId = name.startsWith(RATING) ? number(name.substring(RATING.length())) : null;
            if (actionId != null) {
                rows.put(actionId, new Row(value.strip(), params.getOrDefault(SHOWN + actionId, "").strip(),
                        params.getOrDefault(VERSION + actionId, "").strip()));
            }
        });
        return new InitialRatingsForm(rows);
    }

    /** The row as posted, or as stored when the form has not been posted. */
    public Row row(long actionId, InitialRating current) {
        return posted.getOrDefault(actionId, Row.of(current));
    }

    /** The changed rows; fails naming the row when a posted rating is not a number at all. */
    List<InitialRatings.Change> changes() {
        List<InitialRatings.Change> changes = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        posted.forEach((actionId, row) -> {
            if (!row.changed()) {
                return;
            }
            Integer rating = whole(row.rating());
            if (!row.rating().isEmpty() && rating == null) {
                problems.add(new FieldProblem(RATING + actionId, "Choose a rating from the list"));
            } else {
                changes.add(new InitialRatings.Change(actionId, rating, whole(row.version())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return changes;
    }

    /** An int, or null: a number too big for one is not wrapped round into a small one. */
    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notAWholeNumber) {
            return null;
        }
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
