package org.improvementtracker.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan owner sets about an action. A blank due date is taken from the timescale text when
 * that can be parsed; cross-references are the references of other actions in the same plan.
 */
public record ActionDetails(long sectionId, Long outcomeId, String reference, String description,
        Long leadPersonId, Long responsiblePersonId, String timescaleText, LocalDate dueDate,
        List<String> crossReferences) {
}
