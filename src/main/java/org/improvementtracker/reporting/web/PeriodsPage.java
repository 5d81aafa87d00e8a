package org.improvementtracker.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.support.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The plan's periods list, shown by the list route and again when a state button is refused. */
@Component
class PeriodsPage {

    private static final String VIEW = "reporting/periods";

    private final PlanReader reader;
    private final PeriodService periods;

    PeriodsPage(PlanReader reader, PeriodService periods) {
        this.reader = reader;
        this.periods = periods;
    }

    String show(long organisationId, long planId, Model model) {
        return show(organisationId, planId, List.of(), model);
    }

    /** @param problems why the last button press was refused, shown in the error summary */
    String show(long organisationId, long planId, List<FieldProblem> problems, Model model) {
        model.addAttribute("plan", reader.plan(organisationId, planId));
        model.addAttribute("periods", periods.periods(organisationId, planId));
        // Refusals are about a period's state, not a field: the summary leads to the table of periods.
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.merge("periods", problem.message(), (one, other) -> one + " " + other));
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
