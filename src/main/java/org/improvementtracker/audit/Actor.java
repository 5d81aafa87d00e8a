package org.improvementtracker.audit;

/** Who made a change, by account and by the name they had then; both null for the application itself. */
record Actor(Long accountId, String name) {

    static final Actor APPLICATION = new Actor(null, null);
}
