package org.improvementtracker.exports;

import java.time.LocalDate;
import java.util.List;

/**
 * One action of a plan as a flat row: where it sits, who leads it, when it is due, how success is measured, and
 * its latest rating that counts (submitted or approved, as
 * scores count them) with the period it was given in.
 *
 * @param latestRating the rating's number and label on the plan's scale ("4 Good progress"), or null if never rated
 */
public record PlanActionRow(String sectionNumber, String sectionTitle, String outcomeNumber, String outcomeText,
        String reference, String description, String lead, String responsibleOfficer, String timescale,
        LocalDate dueDate, List<String> successMeasures, String latestRating, String ratedIn) {

    public static final List<String> HEADINGS = List.of("Section", "Section title", "Outcome", "Outcome text",
            "Reference", "Action", "Lead", "Responsible officer", "Timescale", "Due date", "Success measures",
            "Latest rating", "Rated in");
}
