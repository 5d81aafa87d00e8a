package org.improvementtracker.reports.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.improvementtracker.reports.BoardPackOptions;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;

/**
 * The board pack's query parameters, as the form and API clients send them, read into options; every
 * problem names its parameter. Booleans are "true" or "false" (a ticked box sends "true").
 */
record BoardPackParameters(String period, List<String> section, String exceptionsOnly, String includeCompleted,
        String pastPeriods) {

    /** The chosen period's id, or null to use the latest closed one. */
    Long periodId() {
        return ReportPeriods.id(period);
    }

    BoardPackOptions options() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> sections = new LinkedHashSet<>();
        for (String id : section == null ? List.<String>of() : section) {
            try {
                sections.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException notAnId) {
                problems.add(new FieldProblem("section", "Each section must be a section's id, a whole number"));
            }
        }
        Boolean onlyExceptions = flag("exceptionsOnly", exceptionsOnly, problems);
        Boolean withCompleted = flag("includeCompleted", includeCompleted, problems);
        int periods = BoardPackOptions.DEFAULT_PAST_PERIODS;
        if (pastPeriods != null && !pastPeriods.isBlank()) {
            try {
                periods = Integer.parseInt(pastPeriods.strip());
            } catch (NumberFormatException notANumber) {
                periods = 0;
            }
            if (periods < 1 || periods > BoardPackOptions.MOST_PAST_PERIODS) {
                problems.add(new FieldProblem("pastPeriods", "Periods of ratings to show must be a whole number from 1 to "
                        + BoardPackOptions.MOST_PAST_PERIODS));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new BoardPackOptions(sections, onlyExceptions, withCompleted, periods);
    }

    private static Boolean flag(String name, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(new FieldProblem(name, name + " must be true or false"));
                yield false;
            }
        };
    }
}
