package org.improvementtracker.plans;

import java.util.List;

/** A section of a plan written at once with everything in it (an imported plan): its outcomes in order. */
public record NewSection(String number, String title, List<NewOutcome> outcomes) {

    public NewSection {
        outcomes = List.copyOf(outcomes);
    }
}
