package org.improvementtracker.plans.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.ActionService;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PlanApiController {

    private final PlanReader reader;
    private final PlanService plans;
    private final ActionService actions;

    PlanApiController(PlanReader reader, PlanService plans, ActionService actions) {
        this.reader = reader;
        this.plans = plans;
        this.actions = actions;
    }

    @GetMapping("/api/plans")
    public List<PlanJson.Summary> plans(@AuthenticationPrincipal SignedInUser user) {
        return reader.plans(user.organisationId()).stream().map(PlanJson.Summary::of).toList();
    }

    @GetMapping("/api/plans/{planId}")
    public PlanJson plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        return PlanJson.of(reader.tree(user.organisationId(), planId));
    }

    @PlanEditorsOnly
    @PostMapping("/api/plans")
    public ResponseEntity<PlanJson> create(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody PlanRequest request) {
        long planId = plans.create(user.organisationId(), request.toDetails());
        return ResponseEntity.created(URI.create("/api/plans/" + planId))
                .body(PlanJson.of(reader.tree(user.organisationId(), planId)));
    }

    @PlanEditorsOnly
    @PutMapping("/api/plans/{planId}/actions/{actionId}")
    public PlanJson.ActionJson changeAction(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long actionId, @Valid @RequestBody ActionRequest request) {
        long organisationId = user.organisationId();
        actions.change(organisationId, planId, actionId, request.version(), request.toDetails());
        return PlanJson.ActionJson.of(reader.action(organisationId, planId, actionId),
                reader.measures(organisationId, actionId), reader.crossReferences(actionId));
    }
}
