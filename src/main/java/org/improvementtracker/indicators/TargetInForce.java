package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * The target that applies to a month, and where it came from, so a page can say "42.5% (trajectory)".
 * In order: an explicit monthly target; else the trajectory (see {@link Trajectory}); else the
 * annual target; else none.
 *
 * <p>API: {@link #of(YearMonth, Map, Trajectory, BigDecimal)}; {@link #target()}, null when
 * {@link Source#NONE}.
 */
public record TargetInForce(BigDecimal target, Source source) {

    public enum Source {
        MONTHLY("Monthly target"),
        TRAJECTORY("Trajectory"),
        ANNUAL("Annual target"),
        NONE("No target");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TargetInForce {
        Objects.requireNonNull(source, "source");
        if ((target == null) != (source == Source.NONE)) {
            throw new IllegalArgumentException("A target in force has a value unless there is none");
        }
    }

    /**
     * @param monthlyTargets explicit targets by month; may be empty
     * @param trajectory the indicator's trajectory, or null
     * @param annualTarget the indicator's target, or null
     */
    public static TargetInForce of(YearMonth month, Map<YearMonth, BigDecimal> monthlyTargets, Trajectory trajectory,
            BigDecimal annualTarget) {
        BigDecimal monthly = monthlyTargets.get(month);
        if (monthly != null) {
            return new TargetInForce(monthly, Source.MONTHLY);
        }
        if (trajectory != null) {
            var planned = trajectory.targetFor(month);
            if (planned.isPresent()) {
                return new TargetInForce(planned.get(), Source.TRAJECTORY);
            }
        }
        return annualTarget == null ? new TargetInForce(null, Source.NONE)
                : new TargetInForce(annualTarget, Source.ANNUAL);
    }

    public boolean isSet() {
        return source != Source.NONE;
    }
}
