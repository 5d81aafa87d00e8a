package org.improvementtracker.imports;

import java.util.Locale;

import org.improvementtracker.support.InvalidInputException;

/**
 * What the person importing says a column holds: a plan field and, for ratings and updates, the period
 * ({@link ProposedColumn#INITIAL}, a label such as "01/18", or null for the current period). Written in
 * forms and the API as a key: "action", "lead", "rating:initial", "rating:01/18", "rating" (current),
 * "update:March 2014", "update".
 */
public record MappedField(PlanField field, String period) {

    public MappedField {
        if (period != null && field != PlanField.RATING && field != PlanField.UPDATE) {
            throw new IllegalArgumentException("Only ratings and updates have a period: " + field);
        }
        period = period == null || period.isBlank() ? null : period.strip();
    }

    public static MappedField of(ProposedColumn column) {
        return new MappedField(column.field(), column.period());
    }

    /** "successMeasures", "rating:01/18": the field's name in camel case, then the period if any. */
    public String key() {
        String name = camelCase(field);
        return period == null ? name : name + ":" + period;
    }

    /** The field a key names; a key naming no field is a problem against {@code field}. */
    public static MappedField parse(String formField, String key) {
        String text = key == null ? "" : key.strip();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        String period = colon < 0 ? null : text.substring(colon + 1);
        for (PlanField candidate : PlanField.values()) {
            if (camelCase(candidate).equals(name)) {
                if (period != null && candidate != PlanField.RATING && candidate != PlanField.UPDATE) {
                    throw new InvalidInputException(formField, "Only rating and update columns have a period: use '"
                            + name + "'");
                }
                return new MappedField(candidate, period);
            }
        }
        throw new InvalidInputException(formField, "'" + text + "' is not a part of a plan: use one of section, "
                + "outcome, action, successMeasures, lead, responsibleOfficer, timescale, evidenceOfImpact, "
                + "rating, rating:<period>, update, update:<period>, or leave the column out");
    }

    private static String camelCase(PlanField field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int at = 1; at < words.length; at++) {
            name.append(Character.toUpperCase(words[at].charAt(0))).append(words[at].substring(1));
        }
        return name.toString();
    }
}
