package org.improvementtracker.indicators.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.plans.ActionEvidence;
import org.springframework.stereotype.Component;

/**
 * The live indicators linked to an action, for the action page: each with its figure and status last
 * month, as its table reads them. A fixed number of statements however many are linked.
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
        Set<Long> ids = linked.stream().map(Indicator::id).collect(Collectors.toSet());
        // Indicators link only to actions of their own plan, so this is one plan's standings.
        Map<Long, IndicatorStanding> standings = linked.stream().map(Indicator::planId).distinct()
                .flatMap(planId -> reader.standings(organisationId, planId, null,
                        reader.latestReported(organisationId, planId, MonthChoice.lastMonth(clock)), 1).stream())
                .filter(standing -> ids.contains(standing.indicator().id()))
                .collect(Collectors.toMap(standing -> standing.indicator().id(), standing -> standing));
        return linked.stream().map(indicator -> evidence(standings.get(indicator.id()))).toList();
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
