package org.improvementtracker.plans;

/**
 * One level of a rating scale. The colour names a GOV.UK tag colour; pages always print the value
 * and label beside it, because colour is never the only carrier of meaning.
 */
public record RatingLevel(int value, String label, String definition, String colour, boolean complete,
        boolean removable) {

    /** "3 On track": what a coloured cell or tag says in words. */
    public String text() {
        return value + " " + label;
    }
}
