package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;

/**
 * What an indicator aims at: its explicit monthly targets, its trajectory (which starts from the
 * baseline) and its annual target, read together so that the target in force and the status of any
 * month are one call. Values are rounded to the indicator's decimals before they are judged, so the
 * status agrees with the figure the board reads.
 *
 * <p>API: {@link #inForce(YearMonth)}; {@link #statusOf(BigDecimal, YearMonth)}; {@link #month(YearMonth,
 * IndicatorValue)} a month's value with both.
 */
public record IndicatorTargets(Indicator indicator, List<Milestone> milestones, List<MonthlyTarget> monthlyTargets) {

    public IndicatorTargets {
        milestones = List.copyOf(milestones);
        monthlyTargets = List.copyOf(monthlyTargets);
    }

    public TargetInForce inForce(YearMonth month) {
        Map<YearMonth, BigDecimal> byMonth = monthlyTargets.stream()
                .collect(Collectors.toMap(MonthlyTarget::month, MonthlyTarget::target));
        return TargetInForce.of(month, byMonth, trajectory(), indicator.annualTarget());
    }

    /** The status of a month's value (null when missing) against the target in force that month. */
    public TargetStatus statusOf(BigDecimal value, YearMonth month) {
        BigDecimal shown = value == null ? null : indicator.unit().round(value, indicator.decimals());
        return TargetStatus.of(shown, inForce(month).target(), indicator.polarity(), indicator.range(),
                indicator.tolerance());
    }

    /** A month's value (null when nobody has entered it) with the target in force and the status against it. */
    public MonthFigure month(YearMonth month, IndicatorValue value) {
        BigDecimal figure = value == null ? null : value.figures().value();
        return new MonthFigure(month, value, inForce(month), statusOf(figure, month));
    }

    private Trajectory trajectory() {
        if (milestones.isEmpty()) {
            return null;
        }
        Milestone baseline = indicator.baselineMonth() == null || indicator.baselineValue() == null ? null
                : new Milestone(indicator.baselineMonth().atEndOfMonth(), indicator.baselineValue());
        return new Trajectory(baseline, milestones);
    }
}
