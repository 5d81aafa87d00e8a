package org.improvementtracker.partners.web;

import java.util.List;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.Partner;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.support.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner access through the API, for administrators: the same as the partners pages. */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class PartnerApiController {

    private final PartnerAccess access;

    PartnerApiController(PartnerAccess access) {
        this.access = access;
    }

    @GetMapping("/api/partners")
    public List<PartnerJson> contributors(@AuthenticationPrincipal SignedInUser user) {
        return access.contributors(user.organisationId()).stream().map(PartnerJson::of).toList();
    }

    @GetMapping("/api/partners/{accountId}/actions")
    public PartnerJson partner(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId) {
        return PartnerJson.of(access.contributor(user.organisationId(), accountId));
    }

    /** Limits the contributor if they were not, and names their actions. */
    @PutMapping("/api/partners/{accountId}/actions")
    public PartnerJson name(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId,
            @RequestBody PartnerActionsRequest request) {
        Partner partner = access.contributor(user.organisationId(), accountId);
        int version;
        if (!partner.limited()) {
            version = access.limit(user.organisationId(), accountId).version();
        } else if (request.version() == null) {
            throw new InvalidInputException("version", "Give the version you read with GET /api/partners/"
                    + accountId + "/actions");
        } else {
            version = request.version();
        }
        return PartnerJson.of(access.name(user.organisationId(), accountId, version, request.named()));
    }

    /** Lifts the limit: the contributor reads every plan again and updates the actions they lead. */
    @DeleteMapping("/api/partners/{accountId}")
    public ResponseEntity<Void> lift(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId,
            @RequestParam int version) {
        access.lift(user.organisationId(), accountId, version);
        return ResponseEntity.noContent().build();
    }
}
