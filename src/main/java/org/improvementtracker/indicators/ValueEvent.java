package org.improvementtracker.indicators;

import java.time.Instant;
import java.time.YearMonth;

/** One save of a month's figures, before and after (before is null for the first save), and who made it. */
public record ValueEvent(long indicatorId, YearMonth month, Figures before, Figures after, long accountId,
        String accountName, Instant happenedAt) {
}
