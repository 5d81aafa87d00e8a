package org.improvementtracker.reports;

import java.util.Set;

/**
 * What the board pack shows, as chosen on its form or in the API's query.
 *
 * @param sections the sections to show, or empty for all of them
 * @param exceptionsOnly action tables list only the actions among the exceptions
 * @param includeCompleted action tables keep actions rated complete and removable
 * @param pastPeriods how many periods of ratings the action tables show, ending with the chosen one
 */
public record BoardPackOptions(Set<Long> sections, boolean exceptionsOnly, boolean includeCompleted,
        int pastPeriods) {

    /** The board usually compares a quarter's worth of monthly ratings with the month before it. */
    public static final int DEFAULT_PAST_PERIODS = 4;

    /** More columns than this no longer fit an A4 landscape page. */
    public static final int MOST_PAST_PERIODS = 12;

    public BoardPackOptions {
        sections = Set.copyOf(sections);
    }

    public static BoardPackOptions defaults() {
        return new BoardPackOptions(Set.of(), false, false, DEFAULT_PAST_PERIODS);
    }

    public boolean shows(long sectionId) {
        return sections.isEmpty() || sections.contains(sectionId);
    }
}
