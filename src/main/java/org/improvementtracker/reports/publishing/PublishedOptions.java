package org.improvementtracker.reports.publishing;

import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.BoardPackOptions;

/**
 * The options a pack was published with, kept with the headings of the sections chosen as they read on
 * the day, so the list says what the board received even after sections are renamed.
 *
 * @param sections the sections chosen, or empty when the pack has them all
 */
public record PublishedOptions(List<ChosenSection> sections, boolean exceptionsOnly, boolean includeCompleted,
        int pastPeriods) {

    public record ChosenSection(long id, String heading) {
    }

    static PublishedOptions of(BoardPack pack) {
        BoardPackOptions options = pack.options();
        List<ChosenSection> chosen = options.sections().isEmpty() ? List.of()
                : pack.sections().stream().map(part -> new ChosenSection(part.section().id(), part.section().heading()))
                        .toList();
        return new PublishedOptions(chosen, options.exceptionsOnly(), options.includeCompleted(), options.pastPeriods());
    }

    /** In words, for the list of published packs: "All sections", "Only the exceptions", … */
    public List<String> described() {
        List<String> words = new ArrayList<>();
        words.add(sections.isEmpty() ? "All sections"
                : "Sections: " + String.join("; ", sections.stream().map(ChosenSection::heading).toList()));
        if (exceptionsOnly) {
            words.add("Only the exceptions");
        }
        if (includeCompleted) {
            words.add("Completed actions included");
        }
        words.add(pastPeriods == 1 ? "1 period of ratings" : pastPeriods + " periods of ratings");
        return words;
    }
}
