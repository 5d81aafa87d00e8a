package org.improvementtracker.reporting;

/** Published when a plan owner opens (or reopens) a period: leads are asked for their updates. */
public record PeriodOpened(long organisationId, long planId, long periodId) {
}
