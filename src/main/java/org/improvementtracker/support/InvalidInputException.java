package org.improvementtracker.support;

import java.util.List;

/**
 * Input that passed the form's own checks but breaks a rule only the service can see (an unknown
 * person, a cross-reference to an action that does not exist). Pages show it against the field;
 * the API answers 400 naming the field.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
