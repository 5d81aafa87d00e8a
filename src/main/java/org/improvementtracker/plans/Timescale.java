package org.improvementtracker.plans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A timescale exactly as the plan wrote it ("Sept 13 - Jan 14", "TBC") and the due date read from
 * it. When no date can be read, {@code problem} says why in words a plan owner understands; blank
 * text has neither a date nor a problem, as there is nothing to flag.
 *
 * @param text    the original text, untouched (not even trimmed); null when there was none
 * @param dueDate the date the work is due, or null when none could be read
 * @param ongoing whether the text says the work carries on ("Oct 13 and ongoing", "On going")
 * @param problem why no date could be read; null when there is a date or the text is blank
 */
public record Timescale(String text, LocalDate dueDate, boolean ongoing, String problem) {

    public Timescale {
        if (dueDate != null && problem != null) {
            throw new IllegalArgumentException("A timescale with a due date has no problem");
        }
        if (dueDate == null && problem == null && !blankText(text)) {
            throw new IllegalArgumentException("A timescale without a due date needs a problem: " + text);
        }
    }

    public static Timescale blank(String text) {
        return new Timescale(text, null, false, null);
    }

    public static Timescale due(String text, LocalDate dueDate, boolean ongoing) {
        return new Timescale(text, Objects.requireNonNull(dueDate, "dueDate"), ongoing, null);
    }

    public static Timescale unparsed(String text, boolean ongoing, String problem) {
        return new Timescale(text, null, ongoing, Objects.requireNonNull(problem, "problem"));
    }

    public boolean parsed() {
        return dueDate != null;
    }

    public boolean isBlank() {
        return blankText(text);
    }

    private static boolean blankText(String text) {
        return text == null || text.isBlank();
    }
}
