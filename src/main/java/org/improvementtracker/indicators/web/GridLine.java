package org.improvementtracker.indicators.web;

import java.util.List;

import org.improvementtracker.indicators.Indicator;

/**
 * The lines of the value grid that one indicator takes: its value, or for a percentage or rate the
 * numerator and denominator with the value they make; then the note. Each line is a row of twelve months,
 * so a row copied from a spreadsheet pastes straight into it.
 */
enum GridLine {
    VALUE("value", "Value"),
    NUMERATOR("numerator", "Numerator"),
    DENOMINATOR("denominator", "Denominator"),
    COMPUTED(null, null),
    NOTE("note", "Note");

    private final String field;
    private final String label;

    GridLine(String field, String label) {
        this.field = field;
        this.label = label;
    }

    static List<GridLine> of(Indicator indicator) {
        return indicator.unit().isRatio() ? List.of(NUMERATOR, DENOMINATOR, COMPUTED, NOTE) : List.of(VALUE, NOTE);
    }

    /** The input's field, as in its id and name; null for the computed line, which is read only. */
    public String field() {
        return field;
    }

    /** What the row header says: the computed line is named after the unit ("Percentage"). */
    public String label(Indicator indicator) {
        return this == COMPUTED ? indicator.unit().label() : label;
    }

    public boolean isInput() {
        return field != null;
    }

    /** The line that pasted rows fill, and where a problem with the month as a whole is shown. */
    public boolean isMain() {
        return this == VALUE || this == NUMERATOR;
    }
}
