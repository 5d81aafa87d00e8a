package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A target set for one month, which wins over the trajectory for that month. */
public record MonthlyTarget(YearMonth month, BigDecimal target) {
}
