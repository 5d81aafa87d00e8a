package org.improvementtracker.reports;

import java.util.List;

/** Counts and lists in plain English, as a committee reads them: "1 action", "2 actions", "a, b and c". */
final class Phrases {

    private Phrases() {
    }

    /** "1 action", "2 actions", "0 actions"; the noun's plural is its singular with an s. */
    static String count(long count, String noun) {
        return count(count, noun, noun + "s");
    }

    /** "1 priority", "2 priorities": for nouns the plan names, whose plural it knows. */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** "1 action is", "2 actions are". */
    static String countIs(long count, String noun) {
        return count(count, noun) + " " + is(count);
    }

    /** The verb that agrees with a count: "1 is", "2 are". */
    static String is(long count) {
        return count == 1 ? "is" : "are";
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
