package org.improvementtracker.plans;

/** "See 1.1 i) above": a link from one action to another of the same plan. */
public record CrossReference(long actionId, long referencedActionId, String reference) {
}
