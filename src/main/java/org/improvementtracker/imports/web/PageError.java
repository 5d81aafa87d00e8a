package org.improvementtracker.imports.web;

import java.util.List;

import org.improvementtracker.support.FieldProblem;

/** A refused field as the error summary links it: to a mapping column's select, or to the form field. */
record PageError(String anchor, String message) {

    static List<PageError> of(List<FieldProblem> problems) {
        return problems.stream().map(problem -> new PageError(anchor(problem.field()), problem.message())).toList();
    }

    private static String anchor(String field) {
        if (field.startsWith("mapping.")) {
            return "field-" + field.substring("mapping.".length());
        }
        return field.equals("mapping") ? "mapping-table" : field;
    }
}
