package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The milestones an indicator is planned to reach, starting from its baseline. Between two
 * milestones the target runs in a straight line, interpolated by whole months rather than days,
 * because councils read a trajectory month by month: 35% by 31 March 2015 and 50% by 30 September
 * 2015 make June 2015's target 42.5%, three months of six along, whatever the months' lengths.
 * After the last milestone its target stays in force.
 *
 * <p>API: {@link #targetFor(YearMonth)}.
 *
 * @param baseline where the line starts, or null when there is none: then the trajectory starts at
 *     its first milestone
 * @param milestones in any order, at most one a month, all after the baseline's month
 */
public record Trajectory(Milestone baseline, List<Milestone> milestones) {

    public Trajectory {
        milestones = milestones.stream().sorted(Comparator.comparing(Milestone::date)).toList();
        List<Milestone> points = points(baseline, milestones);
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i - 1).month().isBefore(points.get(i).month())) {
                throw new IllegalArgumentException(
                        "Two points of a trajectory fall in " + points.get(i).month() + "; there can be one a month");
            }
        }
    }

    private static List<Milestone> points(Milestone baseline, List<Milestone> milestones) {
        List<Milestone> points = new ArrayList<>();
        if (baseline != null) {
            points.add(baseline);
        }
        points.addAll(milestones);
        return points;
    }

    /**
     * The target the trajectory sets for a month; empty when there are no milestones or the month
     * comes before the trajectory starts.
     */
    public Optional<BigDecimal> targetFor(YearMonth month) {
        List<Milestone> points = points(baseline, milestones);
        if (milestones.isEmpty() || month.isBefore(points.get(0).month())) {
            return Optional.empty();
        }
        Milestone last = points.get(points.size() - 1);
        if (!month.isBefore(last.month())) {
            return Optional.of(last.target());
        }
        int next = 1;
        while (!month.isBefore(points.get(next).month())) {
            next++;
        }
        return Optional.of(between(points.get(next - 1), points.get(next), month));
    }

    private static BigDecimal between(Milestone from, Milestone to, YearMonth month) {
        BigDecimal along = BigDecimal.valueOf(ChronoUnit.MONTHS.between(from.month(), month));
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.MONTHS.between(from.month(), to.month()));
        BigDecimal rise = to.target().subtract(from.target());
        return from.target().add(rise.multiply(along).divide(span, Unit.PRECISION));
    }
}
