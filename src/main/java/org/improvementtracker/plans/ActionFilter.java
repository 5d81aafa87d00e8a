package org.improvementtracker.plans;

import java.time.LocalDate;

/** A search over a plan's actions; every part is optional. */
public record ActionFilter(String text, Long leadPersonId, Long sectionId, LocalDate dueFrom, LocalDate dueTo) {

    /** Every live action of the plan. */
    public static final ActionFilter ALL = new ActionFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && leadPersonId == null && sectionId == null && dueFrom == null
                && dueTo == null;
    }
}
