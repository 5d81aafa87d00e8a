package org.improvementtracker.plans;

import java.util.List;

/** An outcome written with its section; null text holds the section's actions that sit under no outcome. */
public record NewOutcome(String number, String text, List<NewAction> actions) {

    /** The longest number an outcome is stored with; its text has no limit. */
    public static final int MAX_NUMBER = 20;

    public NewOutcome {
        actions = List.copyOf(actions);
    }

    boolean holdsActionsDirectly() {
        return text == null || text.isBlank();
    }
}
