package org.improvementtracker.support.web;

import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's field problems on the form, so the page shows them in the error summary. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult form, InvalidInputException invalid) {
        for (FieldProblem problem : invalid.problems()) {
            form.rejectValue(problem.field(), "invalid", problem.message());
        }
    }
}
