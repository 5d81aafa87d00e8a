package org.improvementtracker.indicators;

/**
 * Something wrong with a value as entered, naming the field it belongs to ("value", "numerator",
 * "denominator", "note", "month") so a form can show it beside that field and an import can name the column.
 */
public record ValueProblem(String field, String message) {
}
