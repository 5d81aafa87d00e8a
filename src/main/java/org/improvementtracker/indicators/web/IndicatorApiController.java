package org.improvementtracker.indicators.web;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.indicators.IndicatorDetail;
import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorService;
import org.improvementtracker.indicators.IndicatorValue;
import org.improvementtracker.indicators.IndicatorValues;
import org.improvementtracker.indicators.ValueEntry;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators in JSON: a plan's table for a month, one indicator whole, defining them and entering values. */
@RestController
class IndicatorApiController {

    /** The table shows the chosen month and the five before it, as the board pack does. */
    static final int MONTHS_SHOWN = 6;

    /** Without a month the API reads last month, as the pages do. */
    private static YearMonth monthOr(YearMonth month, Supplier<YearMonth> latestReported) {
        return month == null ? latestReported.get() : month;
    }

    private final Clock clock;
    private final IndicatorReader reader;
    private final IndicatorService indicators;
    private final IndicatorValues values;

    IndicatorApiController(Clock clock, IndicatorReader reader, IndicatorService indicators, IndicatorValues values) {
        this.clock = clock;
        this.reader = reader;
        this.indicators = indicators;
        this.values = values;
    }

    /**
     * The plan's live indicators (one section's with {@code section}), each with six months up to
     * {@code month} (default the latest month with figures, at most last month) and where it stands then.
     */
    @GetMapping("/api/plans/{planId}/indicators")
    public List<IndicatorJson> ofPlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestParam(required = false) YearMonth month, @RequestParam(required = false) Long section) {
        long organisationId = user.organisationId();
        YearMonth read = monthOr(month,
                () -> reader.latestReported(organisationId, planId, MonthChoice.lastMonth(clock)));
        return reader.standings(organisationId, planId, section, read, MONTHS_SHOWN)
                .stream()
                .map(standing -> IndicatorJson.of(standing.indicator(),
                        standing.recent().stream().map(MonthJson::of).toList(), StandingJson.of(standing)))
                .toList();
    }

    /** Every value with its target and status, and where it stands at {@code month} (default its latest with a value). */
    @GetMapping("/api/indicators/{indicatorId}")
    public IndicatorDetailJson indicator(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            @RequestParam(required = false) YearMonth month) {
        return detail(user, indicatorId, month);
    }

    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/indicators")
    public ResponseEntity<IndicatorDetailJson> define(@AuthenticationPrincipal SignedInUser user,
            @PathVariable long planId, @RequestBody IndicatorRequest request) {
        long indicatorId = indicators.define(user.organisationId(), planId, request.toDefinition());
        return ResponseEntity.created(URI.create("/api/indicators/" + indicatorId))
                .body(detail(user, indicatorId, null));
    }

    /** Replaces the definition, benchmarks, trajectory, monthly targets and links; send the version you read. */
    @PlanEditorsOnly
    @PutMapping("/api/indicators/{indicatorId}")
    public IndicatorDetailJson change(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            @RequestBody IndicatorRequest request) {
        // Another organisation's indicator is "not found" before anything is said about the request.
        reader.indicator(user.organisationId(), indicatorId);
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the version you read");
        }
        indicators.change(user.organisationId(), indicatorId, request.version(), request.toDefinition());
        return detail(user, indicatorId, null);
    }

    /** Plan owners and administrators enter values; send the version you read once the month has one. */
    @PlanEditorsOnly
    @PutMapping("/api/indicators/{indicatorId}/values/{month}")
    public MonthJson saveValue(@AuthenticationPrincipal SignedInUser user, @PathVariable long indicatorId,
            @PathVariable YearMonth month, @RequestBody ValueRequest request) {
        IndicatorValue saved = values.save(user.organisationId(), user.accountId(),
                new ValueEntry(indicatorId, month, request.figures(), request.version()));
        return MonthJson.of(reader.targets(user.organisationId(), indicatorId), saved);
    }

    private IndicatorDetailJson detail(SignedInUser user, long indicatorId, YearMonth month) {
        IndicatorDetail detail = reader.detail(user.organisationId(), indicatorId);
        return IndicatorDetailJson.of(detail, monthOr(month, () -> detail.latestReported(MonthChoice.lastMonth(clock))),
                MONTHS_SHOWN);
    }
}
