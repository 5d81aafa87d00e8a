package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.plans.ActionEvidence;
import org.springframework.stereotype.Component;

/**
 * The live indicators linked to an action, for the action page: each with its figure and status at
 * the plan's latest month with figures, as its table reads them. Only the linked indicators' values
 * are read: a fixed number of statements however many the plan has.
 */
@Component
class LinkedIndicators implements ActionEvidence {

    private final Clock clock;
    private final IndicatorReader reader;

    LinkedIndicators(Clock clock, IndicatorReader reader) {
        this.clock = clock;
        this.reader = reader;
    }

    @Override
    public List<Evidence> of(long organisationId, long actionId) {
        List<Indicator> linked = reader.linkedTo(organisationId, actionId);
        if (linked.isEmpty()) {
            return List.of();
        }
        // Indicators link only to actions of their own plan, so all are read at that plan's latest month.
        long planId = linked.get(0).planId();
        YearMonth month = reader.latestReported(organisationId, planId, MonthChoice.lastMonth(clock));
        return reader.standingsOf(organisationId, planId, linked, month, 1).stream()
                .map(LinkedIndicators::evidence).toList();
    }

    private static Evidence evidence(IndicatorStanding standing) {
        Indicator indicator = standing.indicator();
        var latest = standing.latest();
        String month = MonthChoice.LONG.format(latest.month());
        return new Evidence(indicator.code(), indicator.name(), "/indicators/" + indicator.id(),
                latest.figure() == null ? "No value for " + month : indicator.format(latest.figure()) + " in " + month,
                standing.status().label(), StandingRow.colourOf(standing.status()));
    }
}
