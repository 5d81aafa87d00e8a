package org.improvementtracker.indicators;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.support.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The one place a month's figures are checked before they are saved. For now it checks only what
 * needs no indicator rules: an archived indicator, a month outside the plan, half a ratio, nothing
 * entered. The value rules (percentages within 0 to 100, no negative counts, numerator not above
 * denominator, a quarterly indicator's months, a note when the target is missed) are to be called
 * from here when they land.
 */
@Component
class ValueEntryCheck {

    List<FieldProblem> check(Indicator indicator, Plan plan, ValueEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (indicator.archived()) {
            problems.add(new FieldProblem("indicatorId",
                    "This indicator is archived: its values can no longer change"));
        }
        YearMonth month = entry.month();
        if (plan.startsOn() != null && month.isBefore(YearMonth.from(plan.startsOn()))
                || plan.endsOn() != null && month.isAfter(YearMonth.from(plan.endsOn()))) {
            problems.add(new FieldProblem("month", "The month must be within the plan, " + plan.startsOn() + " to "
                    + plan.endsOn()));
        }
        Figures figures = entry.figures();
        if (figures.hasRatio() && (figures.numerator() == null || figures.denominator() == null)) {
            problems.add(new FieldProblem(figures.numerator() == null ? "numerator" : "denominator",
                    "Enter both the numerator and the denominator, or neither"));
        }
        if (figures.value() == null && !figures.hasRatio() && (figures.note() == null || figures.note().isBlank())) {
            problems.add(new FieldProblem("value", "Enter a value, or a note saying why it is missing"));
        }
        return problems;
    }
}
