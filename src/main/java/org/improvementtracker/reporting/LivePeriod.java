package org.improvementtracker.reporting;

/** A period taking updates, named with its organisation and plan: the work list of jobs that run for everyone. */
public record LivePeriod(long organisationId, long planId, long periodId) {
}
