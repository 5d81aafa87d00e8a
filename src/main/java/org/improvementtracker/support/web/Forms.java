package org.improvementtracker.support.web;

import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/** Puts a service's field problems on the form, so the page shows them in the error summary. */
public final class Forms {

    private Forms() {
    }

    /**
     * Problems naming a field of the form go against that field; the others are about the record as a
     * whole (a closed period, an update already submitted), which the summary shows without a field.
     */
    public static void reject(BindingResult form, InvalidInputException invalid) {
        for (FieldProblem problem : invalid.problems()) {
            if (hasField(form, problem.field())) {
                form.rejectValue(problem.field(), "invalid", problem.message());
            } else {
                form.reject("invalid", problem.message());
            }
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        return form.getTarget() != null
                && PropertyAccessorFactory.forBeanPropertyAccess(form.getTarget()).isReadableProperty(field);
    }
}
