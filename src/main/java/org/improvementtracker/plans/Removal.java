package org.improvementtracker.plans;

/** What removing something did: plans with history archive, drafts delete. */
public enum Removal {
    ARCHIVED,
    DELETED
}
