package org.improvementtracker.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.improvementtracker.plans.RatingScale;

/**
 * The plan as the rows build it up, before it becomes an {@link ImportedPlan}: sections and outcomes found
 * again by their cell's text (a priority written on every row is one section), actions added as rows come.
 *
 * <p>References are given when the plan is built, once every action is known: an action numbered "2.3.1"
 * keeps that number; one numbered "4." is the fourth of its outcome; the rest are numbered in order under
 * their outcome's number ("1.0.2" for the second action of outcome 1.0), or, where the outcome has none,
 * under section and outcome positions ("2.1.3"). A reference already taken gets "-2", "-3"… so that each is
 * unique within the plan. Only the first two kinds, unchanged, are given by the file (and "4." only under an
 * outcome the file numbers): the rest say where the action sits, not which action it is.
 */
final class DraftPlan {

    private final List<DraftSection> sections = new ArrayList<>();
    private final Map<String, DraftSection> sectionsByKey = new HashMap<>();

    boolean hasSection(String key) {
        return sectionsByKey.containsKey(key);
    }

    /** The section with this key, added at the end if it is new. */
    DraftSection section(String key, String number, String title) {
        return sectionsByKey.computeIfAbsent(key, newKey -> {
            DraftSection section = new DraftSection(newKey, number, title);
            sections.add(section);
            return section;
        });
    }

    ImportedPlan build(RatingScale scale, List<String> periods, List<ImportedPlan.Indicator> indicators) {
        Set<String> references = new HashSet<>();
        List<ImportedPlan.Section> built = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            DraftSection section = sections.get(s);
            String sectionBase = section.number != null ? section.number : Integer.toString(s + 1);
            List<ImportedPlan.Outcome> outcomes = new ArrayList<>();
            for (int o = 0; o < section.outcomes.size(); o++) {
                DraftOutcome outcome = section.outcomes.get(o);
                String outcomeBase = outcome.number != null ? outcome.number : sectionBase + "." + (o + 1);
                List<ImportedPlan.Action> actions = new ArrayList<>();
                for (int a = 0; a < outcome.actions.size(); a++) {
                    DraftAction action = outcome.actions.get(a);
                    String candidate = reference(action.number, outcomeBase, a + 1);
                    String reference = unique(candidate, references);
                    boolean given = action.number != null && (action.number.contains(".") || outcome.number != null)
                            && reference.equals(candidate);
                    actions.add(action.build(reference, given));
                }
                outcomes.add(new ImportedPlan.Outcome(outcome.number, outcome.text, actions));
            }
            built.add(new ImportedPlan.Section(section.number, section.title, outcomes));
        }
        return new ImportedPlan(scale, periods, built, indicators);
    }

    private static String reference(String number, String outcomeBase, int position) {
        if (number == null) {
            return outcomeBase + "." + position;
        }
        return number.contains(".") ? number : outcomeBase + "." + number;
    }

    private static String unique(String reference, Set<String> taken) {
        String candidate = reference;
        for (int copy = 2; !taken.add(candidate); copy++) {
            candidate = reference + "-" + copy;
        }
        return candidate;
    }

    static final class DraftSection {

        final String key;
        final String number;
        final String title;
        private final List<DraftOutcome> outcomes = new ArrayList<>();
        private final Map<String, DraftOutcome> outcomesByKey = new HashMap<>();

        private DraftSection(String key, String number, String title) {
            this.key = key;
            this.number = number;
            this.title = title;
        }

        boolean hasOutcome(String key) {
            return outcomesByKey.containsKey(key);
        }

        /** The outcome with this key, added at the end if it is new; key "" is the one for actions with none. */
        DraftOutcome outcome(String key, String number, String text) {
            return outcomesByKey.computeIfAbsent(key, newKey -> {
                DraftOutcome outcome = new DraftOutcome(newKey, number, text);
                outcomes.add(outcome);
                return outcome;
            });
        }
    }

    static final class DraftOutcome {

        final String key;
        final String number;
        String text;
        final List<DraftAction> actions = new ArrayList<>();

        private DraftOutcome(String key, String number, String text) {
            this.key = key;
            this.number = number;
            this.text = text;
        }

        DraftAction lastAction() {
            return actions.isEmpty() ? null : actions.get(actions.size() - 1);
        }
    }

    /** An action being read; a row continuing it (its action cell blank) adds to its text fields. */
    static final class DraftAction {

        String number;
        String description = "";
        String lead;
        String responsibleOfficer;
        String timescaleText;
        LocalDate dueDate;
        final List<String> successMeasures = new ArrayList<>();
        String evidenceOfImpact;
        final Map<String, Integer> ratings = new LinkedHashMap<>();
        final Map<String, String> updates = new LinkedHashMap<>();
        ImportedPlan.SourcePlace source;

        private ImportedPlan.Action build(String reference, boolean given) {
            return new ImportedPlan.Action(reference, given, description, lead, responsibleOfficer, timescaleText, dueDate,
                    successMeasures, evidenceOfImpact, ratings, updates, source);
        }
    }
}
