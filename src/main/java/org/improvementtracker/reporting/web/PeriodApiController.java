package org.improvementtracker.reporting.web;

import java.net.URI;
import java.util.List;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.reporting.PeriodService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Reporting periods through the API: everyone reads them; plan owners create them and move them on. */
@RestController
class PeriodApiController {

    private final PeriodService periods;

    PeriodApiController(PeriodService periods) {
        this.periods = periods;
    }

    @GetMapping("/api/plans/{planId}/periods")
    public List<PeriodJson> periods(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return periods.periods(user.organisationId(), planId).stream().map(PeriodJson::of).toList();
    }

    @GetMapping("/api/plans/{planId}/periods/{periodId}")
    public PeriodJson period(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId) {
        return PeriodJson.of(periods.period(user.organisationId(), planId, periodId));
    }

    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/periods")
    public ResponseEntity<PeriodJson> create(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody PeriodRequest request) {
        long periodId = periods.create(user.organisationId(), planId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/periods/" + periodId))
                .body(period(user, planId, periodId));
    }

    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/periods/{periodId}/open")
    public PeriodJson open(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, @RequestBody PeriodMoveRequest request) {
        periods.open(user, planId, periodId, request.versionRead());
        return period(user, planId, periodId);
    }

    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/periods/{periodId}/review")
    public PeriodJson review(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, @RequestBody PeriodMoveRequest request) {
        periods.review(user, planId, periodId, request.versionRead());
        return period(user, planId, periodId);
    }

    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/periods/{periodId}/close")
    public PeriodJson close(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, @RequestBody PeriodMoveRequest request) {
        periods.close(user, planId, periodId, request.versionRead());
        return period(user, planId, periodId);
    }

    /** Unlocks a closed period; the reason goes on record with who and when. */
    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/periods/{periodId}/reopen")
    public PeriodJson reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long periodId, @RequestBody PeriodMoveRequest request) {
        periods.reopen(user, planId, periodId, request.versionRead(), request.reason());
        return period(user, planId, periodId);
    }
}
