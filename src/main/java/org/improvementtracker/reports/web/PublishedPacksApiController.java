package org.improvementtracker.reports.web;

import java.util.List;

import org.improvementtracker.accounts.PlanEditorsOnly;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.reports.publishing.PublishedPacks;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Published board packs through the API: everyone who reads the plan lists and downloads; editors publish. */
@RestController
class PublishedPacksApiController {

    private final PlanReader plans;
    private final PublishedPacks published;

    PublishedPacksApiController(PlanReader plans, PublishedPacks published) {
        this.plans = plans;
        this.published = published;
    }

    @GetMapping("/api/plans/{planId}/published")
    List<PublishedPackJson> list(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId) {
        plans.plan(user.organisationId(), planId);
        return published.packs(user.organisationId(), planId).stream().map(PublishedPackJson::of).toList();
    }

    /** Another organisation's plan answers 404 before anything is said about the request. */
    @PlanEditorsOnly
    @PostMapping("/api/plans/{planId}/published")
    ResponseEntity<PublishedPackJson> publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @RequestBody PublishRequest request) {
        plans.plan(user.organisationId(), planId);
        BoardPackParameters parameters = request.parameters();
        Long periodId = parameters.periodId();
        if (periodId == null) {
            throw new InvalidInputException("period", "Give the id of the closed period whose board pack to publish");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(PublishedPackJson.of(
                published.publish(user, planId, periodId, parameters.options())));
    }

    @GetMapping("/api/plans/{planId}/published/{packId}/{format}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser user, @PathVariable long planId,
            @PathVariable long packId, @PathVariable String format) {
        return PublishedFileResponse.of(published.file(user.organisationId(), planId, packId, format));
    }
}
