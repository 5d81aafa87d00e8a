package org.improvementtracker.plans;

import java.time.LocalDate;

/** A search over a plan's actions; every part is optional. */
public record ActionFilter(String text, Long leadPersonId, Long sectionId, LocalDate dueFrom, LocalDate dueTo) {

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && leadPersonId == null && sectionId == null && dueFrom == null
                && dueTo == null;
    }
}
