package org.improvementtracker.reports.web;

import java.util.List;

/**
 * What the API's publish takes: the period and the board pack's options, with the same names and
 * checks as the board pack's query parameters.
 */
record PublishRequest(Long period, List<Long> sections, Boolean exceptionsOnly, Boolean includeCompleted,
        Integer pastPeriods) {

    BoardPackParameters parameters() {
        return new BoardPackParameters(text(period),
                sections == null ? List.of() : sections.stream().map(String::valueOf).toList(),
                text(exceptionsOnly), text(includeCompleted), text(pastPeriods));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
