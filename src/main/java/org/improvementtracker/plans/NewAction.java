package org.improvementtracker.plans;

import java.time.LocalDate;
import java.util.List;

/** An action written with its plan: lead and responsible officer are the organisation's people, by id. */
public record NewAction(String reference, String description, Long leadPersonId, Long responsiblePersonId,
        String timescaleText, LocalDate dueDate, List<String> successMeasures) {

    public NewAction {
        successMeasures = List.copyOf(successMeasures);
    }
}
