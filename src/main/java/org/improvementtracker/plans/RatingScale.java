package org.improvementtracker.plans;

import java.util.List;
import java.util.Optional;

/**
 * The rating scales of DESIGN.md section 3. A rating is stored as its level's number, which is also
 * what averages use; "not rated" is no number at all. Every scale puts "on track" at 3.
 */
public enum RatingScale {
    PROGRESS_5("Progress, 1 to 5", List.of(
            new RatingLevel(1, "Not started or significantly delayed",
                    "Work has not started, or is significantly behind the agreed timescale.", "red", false, false),
            new RatingLevel(2, "Started, some delay",
                    "Work has started but is behind the agreed timescale, or at risk.", "orange", false, false),
            new RatingLevel(3, "On track",
                    "Work is on track to be delivered by the agreed date.", "green", false, false),
            new RatingLevel(4, "Complete, still monitored",
                    "Complete, with the improvement sustained; still monitored through the plan.", "blue", true, false),
            new RatingLevel(5, "Complete and sustained",
                    "Complete and sustained; can be removed from the plan.", "grey", true, true))),
    RAG("Red, amber, green", List.of(
            new RatingLevel(1, "Red", "Not started, or significantly off track.", "red", false, false),
            new RatingLevel(2, "Amber", "Started but behind, or at risk.", "orange", false, false),
            new RatingLevel(3, "Green", "On track, or complete.", "green", false, false))),
    BRAG("Blue, red, amber, green", List.of(
            new RatingLevel(1, "Red", "Not started, or significantly off track.", "red", false, false),
            new RatingLevel(2, "Amber", "Started but behind, or at risk.", "orange", false, false),
            new RatingLevel(3, "Green", "On track for the agreed date.", "green", false, false),
            new RatingLevel(4, "Blue", "Complete.", "blue", true, false)));

    /** The level every scale calls "on track"; ratings below it can stall. */
    public static final int ON_TRACK = 3;

    private final String label;
    private final List<RatingLevel> levels;

    RatingScale(String label, List<RatingLevel> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    public List<RatingLevel> levels() {
        return levels;
    }

    public Optional<RatingLevel> level(Integer value) {
        return value == null ? Optional.empty() : levels.stream().filter(level -> level.value() == value).findFirst();
    }

    /** "3 On track" as a cell or tag says it, or "Not rated" when there is no rating on this scale. */
    public String text(Integer value) {
        return level(value).map(RatingLevel::text).orElse("Not rated");
    }

    public boolean allows(int value) {
        return level(value).isPresent();
    }

    public boolean isComplete(Integer value) {
        return level(value).map(RatingLevel::complete).orElse(false);
    }

    public boolean isRemovable(Integer value) {
        return level(value).map(RatingLevel::removable).orElse(false);
    }

    /** "1 to 5" or "1 to 3": how problem details and hints describe the allowed values. */
    public String range() {
        return levels.get(0).value() + " to " + levels.get(levels.size() - 1).value();
    }
}
