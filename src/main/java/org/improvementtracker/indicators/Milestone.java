package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A point on the trajectory: the target to reach by a date ("50% by 30 September 2015"). */
public record Milestone(LocalDate dueOn, BigDecimal target) {
}
