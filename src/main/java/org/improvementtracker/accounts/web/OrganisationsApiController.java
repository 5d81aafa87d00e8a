package org.improvementtracker.accounts.web;

import java.util.List;

import org.improvementtracker.accounts.OpenToPartners;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.OrganisationChoice;
import org.improvementtracker.accounts.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisations the caller may name in X-Organisation: those they are an active member of, with their role. */
@RestController
@OpenToPartners
class OrganisationsApiController {

    private final Memberships memberships;

    OrganisationsApiController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/api/organisations")
    List<OrganisationChoice> organisations(@AuthenticationPrincipal SignedInUser user) {
        return memberships.choices(user.accountId());
    }
}
