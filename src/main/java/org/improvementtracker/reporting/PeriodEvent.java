package org.improvementtracker.reporting;

import java.time.Instant;

/** A period moved between states: the audit of opening, closing and, with its reason, reopening. */
public record PeriodEvent(PeriodState from, PeriodState to, String reason, String byName, Instant at) {
}
