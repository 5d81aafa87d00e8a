package org.improvementtracker.plans;

import java.util.List;

/**
 * What evidences an action's success measures, such as the performance indicators linked to it.
 * Indicators depend on plans; this interface lets the action page list them without plans
 * depending back.
 */
public interface ActionEvidence {

    /** The evidence of one of the organisation's actions, in the order to show it. */
    List<Evidence> of(long organisationId, long actionId);

    /**
     * One piece of evidence as the action page lists it.
     *
     * @param link the page about it
     * @param latest its latest figure in words, such as "52.3% in October 2026"
     * @param status where it stands in words, such as "Missed"
     * @param statusColour the colour of the status tag, which repeats what its words say
     */
    record Evidence(String code, String name, String link, String latest, String status, String statusColour) {
    }
}
