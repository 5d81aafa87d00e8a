package org.improvementtracker.support;

import java.util.List;

/**
 * An uploaded file with problems, each naming its row and column: nothing of it was saved. Pages list
 * them in the error summary; the API answers 400 with them in the problem's errors.
 */
public class InvalidRowsException extends RuntimeException {

    private final transient List<RowProblem> problems;

    public InvalidRowsException(List<RowProblem> problems) {
        super("Invalid rows: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
