package org.improvementtracker.reports.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reports.BoardPackReader;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which period a report is for, the same way for every report's page, download and API: the one named
 * by {@code period}, else the latest closed one, the one the board has ratings for.
 */
@Component
class ReportPeriods {

    private final PeriodService periods;
    private final BoardPackReader packs;

    ReportPeriods(PeriodService periods, BoardPackReader packs) {
        this.periods = periods;
        this.packs = packs;
    }

    /** The id the {@code period} parameter names, or null when it is blank. */
    static Long id(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(period.strip());
        } catch (NumberFormatException notAnId) {
            throw new InvalidInputException("period", "The period must be a period's id, a whole number");
        }
    }

    /** For the API: without a closed period, the caller must name one, and the problem says how. */
    long forApi(long organisationId, long planId, String period) {
        Long chosen = id(period);
        return chosen != null ? chosen : packs.latestClosed(organisationId, planId)
                .orElseThrow(() -> new InvalidInputException("period",
                        "The plan has no closed period yet: give one as ?period={id}; GET /api/plans/" + planId
                                + "/periods lists them"))
                .id();
    }

    /** For pages: empty when none is named and none is closed yet; a period of another plan is not found. */
    static Optional<Period> forPage(List<Period> all, Long chosen) {
        if (chosen == null) {
            return BoardPackReader.latestClosed(all);
        }
        return Optional.of(all.stream().filter(p -> p.id() == chosen).findFirst()
                .orElseThrow(() -> new NotFoundException("Reporting period", chosen)));
    }

    List<Period> all(long organisationId, long planId) {
        return periods.periods(organisationId, planId);
    }

    /** What a period chooser offers: every period that has begun, newest first. */
    static List<Period> choosable(List<Period> all) {
        return all.stream().filter(p -> p.state() != PeriodState.PLANNED)
                .sorted(Comparator.comparing(Period::startsOn).reversed()).toList();
    }
}
