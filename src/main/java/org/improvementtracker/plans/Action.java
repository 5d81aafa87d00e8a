package org.improvementtracker.plans;

import java.time.LocalDate;

/**
 * One thing the plan says will be done. The due date is kept beside the timescale exactly as the
 * plan wrote it ("Sept 13 - Jan 14"), which is never thrown away.
 */
public record Action(long id, long planId, long sectionId, Long outcomeId, int position, String reference,
        String description, Long leadPersonId, String leadName, Long responsiblePersonId, String responsibleName,
        LocalDate dueDate, String timescaleText, boolean archived, int version) {

    public Timescale timescale() {
        return TimescaleParser.parse(timescaleText);
    }

    public boolean overdueOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }
}
