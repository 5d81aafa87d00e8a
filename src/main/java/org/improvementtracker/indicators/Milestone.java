package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A point on a trajectory: a target to reach by a date ("35% by 31 March 2015"). It applies to
 * the month its date falls in. A baseline is a milestone too: where the trajectory starts from.
 */
public record Milestone(LocalDate date, BigDecimal target) {

    public Milestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(target, "target");
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }
}
