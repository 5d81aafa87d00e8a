package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.plans.Action;

/**
 * Which of a plan's actions each imported action is: the one with the same reference, else the one with the
 * same description, both compared without case or extra spaces. A reference the file does not give (made up
 * from the action's place, {@link ImportedPlan.Action#referenceGiven()}) is not compared: the third action of
 * a file without references is not the plan's "1.1.3" for being third. Those matching none are listed for the
 * person importing to resolve (change the file, or skip them).
 */
public record ActionMatching(List<Matched> matched, List<ImportedPlan.Action> unmatched) {

    public ActionMatching {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
    }

    /** An imported action and the plan's action it is. */
    public record Matched(ImportedPlan.Action action, long actionId) {
    }

    static ActionMatching of(List<Action> planActions, List<ImportedPlan.Action> imported) {
        Map<String, Long> byReference = new HashMap<>();
        Map<String, Long> byDescription = new HashMap<>();
        for (Action action : planActions) {
            putUnlessBlank(byReference, action.reference(), action.id());
            putUnlessBlank(byDescription, action.description(), action.id());
        }
        List<Matched> matched = new ArrayList<>();
        List<ImportedPlan.Action> unmatched = new ArrayList<>();
        for (ImportedPlan.Action action : imported) {
            Long id = action.referenceGiven() ? byReference.get(comparable(action.reference())) : null;
            if (id == null) {
                id = byDescription.get(comparable(action.description()));
            }
            if (id == null) {
                unmatched.add(action);
            } else {
                matched.add(new Matched(action, id));
            }
        }
        return new ActionMatching(matched, unmatched);
    }

    /**
     * "Table 2, row 12: 3.1 Audit all plans": how a list of unmatched actions names each, with its reference
     * only where the file gives it (a made-up one is nowhere in the file to look for).
     */
    public static String described(ImportedPlan.Action action) {
        String what = ((action.reference() == null || !action.referenceGiven() ? "" : action.reference() + " ")
                + (action.description() == null ? "" : action.description())).strip();
        if (what.length() > 120) {
            what = what.substring(0, 119) + "…";
        }
        return action.source() == null ? what
                : action.source().place() + ", row " + action.source().row() + ": " + what;
    }

    private static void putUnlessBlank(Map<String, Long> ids, String text, long id) {
        if (text != null && !text.isBlank()) {
            ids.putIfAbsent(comparable(text), id);
        }
    }

    /** Null for blank text, which matches nothing. */
    private static String comparable(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
