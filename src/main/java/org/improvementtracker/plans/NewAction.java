package org.improvementtracker.plans;

import java.time.LocalDate;
import java.util.List;

/** An action written with its plan: lead and responsible officer are the organisation's people, by id. */
public record NewAction(String reference, String description, Long leadPersonId, Long responsiblePersonId,
        String timescaleText, LocalDate dueDate, List<String> successMeasures) {

    /** The longest reference an action is stored with. */
    public static final int MAX_REFERENCE = 30;
    /** The longest timescale text an action is stored with; the due date is kept apart. */
    public static final int MAX_TIMESCALE_TEXT = 200;

    public NewAction {
        successMeasures = List.copyOf(successMeasures);
    }
}
