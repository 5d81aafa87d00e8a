package org.improvementtracker.plans;

import java.time.LocalDate;

public record Plan(long id, String title, String versionLabel, PlanStatus status, LocalDate startsOn,
        LocalDate endsOn, String vision, String governance, RatingScale ratingScale, String sectionLabel,
        String outcomeLabel, int version) {

    /**
     * Once a plan has gone to the board its contents are on record: removing a part of it archives
     * the part instead of destroying it. A draft has no such history.
     */
    public boolean keepsHistory() {
        return status != PlanStatus.DRAFT;
    }

    /** What the plan calls its sections, in the plural: "Priorities", "Work streams", "Themes". */
    public String sectionLabelPlural() {
        return plural(sectionLabel);
    }

    /** What the plan calls its outcomes, in the plural: "Outcomes", "Recommendations". */
    public String outcomeLabelPlural() {
        return plural(outcomeLabel);
    }

    static String plural(String noun) {
        String lower = noun.toLowerCase();
        if (lower.matches(".*[^aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + (lower.matches(".*(s|x|z|ch|sh)") ? "es" : "s");
    }
}
