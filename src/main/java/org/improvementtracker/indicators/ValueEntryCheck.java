package org.improvementtracker.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.support.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The one place a month's figures are checked before they are saved: an archived indicator, a month
 * outside the plan (or not a quarter's last month for a quarterly indicator), nothing entered, the
 * value rules of {@link ValueCheck} (percentages within 0 to 100, no negative counts, numerator not
 * above denominator), and a note when the value misses its target in force. Months from the
 * indicator's baseline on count as the plan's, so the history before the plan can be entered.
 */
@Component
class ValueEntryCheck {

    List<FieldProblem> check(IndicatorTargets targets, Plan plan, ValueEntry entry) {
        Indicator indicator = targets.indicator();
        Map<String, String> problems = new LinkedHashMap<>();
        if (indicator.archived()) {
            problems.put("indicatorId", "This indicator is archived: its values can no longer change");
        }
        YearMonth month = entry.month();
        if (plan.startsOn() != null && plan.endsOn() != null) {
            ValueCheck.checkMonth(indicator.frequency(), month, indicator.firstMonthIn(plan),
                    YearMonth.from(plan.endsOn())).ifPresent(problem -> problems.put(problem.field(), problem.message()));
        }
        Figures figures = entry.figures();
        if (figures.value() == null && !figures.hasRatio() && (figures.note() == null || figures.note().isBlank())) {
            problems.put("value", "Enter a value, or a note saying why it is missing");
        }
        MonthlyValue entered = new MonthlyValue(month, figures.value(), figures.numerator(), figures.denominator(),
                figures.note());
        // Judged on the value as it will be stored, a rate's computed from its numerator and denominator.
        TargetStatus status = targets.statusOf(figures.withValueFor(indicator.unit()).value(), month);
        for (ValueProblem problem : ValueCheck.check(indicator.unit(), entered, status)) {
            problems.putIfAbsent(problem.field(), problem.message());
        }
        List<FieldProblem> found = new ArrayList<>();
        problems.forEach((field, message) -> found.add(new FieldProblem(field, message)));
        return found;
    }
}
