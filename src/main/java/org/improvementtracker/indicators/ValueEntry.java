package org.improvementtracker.indicators;

import java.time.YearMonth;

/**
 * A command to save one month's figures of an indicator. The version is the one the user read, or
 * null when the month had no value yet.
 */
public record ValueEntry(long indicatorId, YearMonth month, Figures figures, Integer version) {
}
