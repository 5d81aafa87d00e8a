package org.improvementtracker.plans;

import java.util.List;

/** An outcome written with its section; null text holds the section's actions that sit under no outcome. */
public record NewOutcome(String number, String text, List<NewAction> actions) {

    public NewOutcome {
        actions = List.copyOf(actions);
    }

    boolean holdsActionsDirectly() {
        return text == null || text.isBlank();
    }
}
