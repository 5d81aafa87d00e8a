package org.improvementtracker.indicators;

import java.time.Instant;
import java.time.YearMonth;

/** One month's figures of an indicator, with who entered them last. */
public record IndicatorValue(long indicatorId, YearMonth month, Figures figures, long enteredBy, Instant enteredAt,
        int version) {
}
