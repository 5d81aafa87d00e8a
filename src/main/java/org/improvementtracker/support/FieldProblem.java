package org.improvementtracker.support;

/** One field's problem in a request, as reported to API clients. */
public record FieldProblem(String field, String message) {
}
