package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.improvementtracker.support.FieldProblem;

/**
 * A command to define or change an indicator, with its benchmarks, trajectory milestones, monthly
 * targets and linked actions, which are replaced as a whole. {@link #problems()} holds the checks
 * that need nothing but the definition; {@link IndicatorService} adds those that need the plan.
 */
public record IndicatorDefinition(Long sectionId, String code, String name, String definition, Unit unit,
        Polarity polarity, BigDecimal rangeLower, BigDecimal rangeUpper, Integer decimals,
        YearToDateRule yearToDateRule, Frequency frequency, String baselineLabel, YearMonth baselineMonth,
        BigDecimal baselineValue, BigDecimal annualTarget, BigDecimal tolerance, Long dataOwnerPersonId,
        List<Benchmark> benchmarks, List<Milestone> milestones, List<MonthlyTarget> monthlyTargets,
        List<Long> actionIds) {

    static final int MAX_DECIMALS = 4;

    public IndicatorDefinition {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
        benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        monthlyTargets = monthlyTargets == null ? List.of() : List.copyOf(monthlyTargets);
        actionIds = actionIds == null ? List.of() : actionIds.stream().distinct().toList();
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || code.isEmpty()) {
            problems.add(new FieldProblem("code", "Enter the indicator's code"));
        } else if (code.length() > 30) {
            problems.add(new FieldProblem("code", "Code must be 30 characters or fewer"));
        }
        if (name == null || name.isEmpty()) {
            problems.add(new FieldProblem("name", "Enter the indicator's name"));
        } else if (name.length() > 300) {
            problems.add(new FieldProblem("name", "Name must be 300 characters or fewer"));
        }
        if (unit == null) {
            problems.add(new FieldProblem("unit", "Choose the unit"));
        }
        if (polarity == null) {
            problems.add(new FieldProblem("polarity", "Choose which way the indicator improves"));
        }
        if (yearToDateRule == null) {
            problems.add(new FieldProblem("yearToDateRule", "Choose how the year to date adds up"));
        }
        if (frequency == null) {
            problems.add(new FieldProblem("frequency", "Choose how often values are entered"));
        }
        if (polarity == Polarity.WITHIN_RANGE) {
            rangeProblems(problems);
        }
        if (decimals == null || decimals < 0 || decimals > MAX_DECIMALS) {
            problems.add(new FieldProblem("decimals", "Decimals must be a whole number from 0 to " + MAX_DECIMALS));
        }
        if (tolerance != null && tolerance.signum() < 0) {
            problems.add(new FieldProblem("tolerance", "Tolerance must be 0 or more"));
        }
        benchmarkProblems(problems);
        milestoneProblems(problems);
        monthlyTargetProblems(problems);
        return problems;
    }

    private void rangeProblems(List<FieldProblem> problems) {
        if (rangeLower == null) {
            problems.add(new FieldProblem("rangeLower", "Enter the lower bound of the range"));
        }
        if (rangeUpper == null) {
            problems.add(new FieldProblem("rangeUpper", "Enter the upper bound of the range"));
        }
        if (rangeLower != null && rangeUpper != null && rangeLower.compareTo(rangeUpper) > 0) {
            problems.add(new FieldProblem("rangeUpper", "The upper bound must not be below the lower bound"));
        }
    }

    private void benchmarkProblems(List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            Benchmark benchmark = benchmarks.get(i);
            String field = "benchmarks[" + i + "]";
            if (benchmark.yearLabel() == null || benchmark.yearLabel().isBlank()) {
                problems.add(new FieldProblem(field + ".yearLabel", "Enter the year, such as 2024/25"));
            }
            if (benchmark.kind() == null) {
                problems.add(new FieldProblem(field + ".kind", "Choose whom the benchmark compares with"));
            }
            if (benchmark.value() == null) {
                problems.add(new FieldProblem(field + ".value", "Enter the benchmark's value"));
            }
            if (!seen.add(benchmark.yearLabel() + "|" + benchmark.kind())) {
                problems.add(new FieldProblem(field + ".yearLabel", "This year already has a benchmark of this kind"));
            }
        }
    }

    /**
     * A milestone always has its date and target (its constructor says so). The trajectory is read
     * month by month from the baseline, so there can be one milestone a month, after the baseline's.
     */
    private void milestoneProblems(List<FieldProblem> problems) {
        Set<YearMonth> seen = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            YearMonth month = milestones.get(i).month();
            String field = "milestones[" + i + "].date";
            if (!seen.add(month)) {
                problems.add(new FieldProblem(field, "Another milestone falls in the same month"));
            } else if (baselineMonth != null && baselineValue != null && !month.isAfter(baselineMonth)) {
                problems.add(new FieldProblem(field, "A milestone must fall after the baseline's month"));
            }
        }
    }

    private void monthlyTargetProblems(List<FieldProblem> problems) {
        Set<YearMonth> seen = new HashSet<>();
        for (int i = 0; i < monthlyTargets.size(); i++) {
            MonthlyTarget target = monthlyTargets.get(i);
            String field = "monthlyTargets[" + i + "]";
            if (target.month() == null) {
                problems.add(new FieldProblem(field + ".month", "Enter the month, as YYYY-MM"));
            } else if (!seen.add(target.month())) {
                problems.add(new FieldProblem(field + ".month", "This month already has a target"));
            }
            if (target.target() == null) {
                problems.add(new FieldProblem(field + ".target", "Enter the month's target"));
            }
        }
    }
}
