package org.improvementtracker.plans;

import java.util.List;

/** A section of a plan written at once with everything in it (an imported plan): its outcomes in order. */
public record NewSection(String number, String title, List<NewOutcome> outcomes) {

    /** The longest number a section is stored with. */
    public static final int MAX_NUMBER = 20;
    /** The longest title a section is stored with. */
    public static final int MAX_TITLE = 300;

    public NewSection {
        outcomes = List.copyOf(outcomes);
    }
}
