package org.improvementtracker.members.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.improvementtracker.accounts.AdministratorsOnly;
import org.improvementtracker.accounts.Member;
import org.improvementtracker.accounts.Memberships;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.members.MemberInvitations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's members over the API, for administrators. The invitation's link is never in an
 * answer: it goes to the invited person only (and to the outbox when email is not set up).
 */
@RestController
@AdministratorsOnly
class MembersApiController {

    private final Memberships memberships;
    private final MemberInvitations invitations;

    MembersApiController(Memberships memberships, MemberInvitations invitations) {
        this.memberships = memberships;
        this.invitations = invitations;
    }

    @GetMapping("/api/members")
    public List<Member> members(@AuthenticationPrincipal SignedInUser user) {
        return memberships.members(user.organisationId());
    }

    @GetMapping("/api/members/{accountId}")
    public Member member(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId) {
        return memberships.member(user.organisationId(), accountId);
    }

    @PostMapping("/api/members/invitations")
    public ResponseEntity<Member> invite(@AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody InvitationRequest request) {
        long accountId = invitations.invite(user, request.toInvitee(), request.personId());
        return ResponseEntity.created(URI.create("/api/members/" + accountId))
                .body(memberships.member(user.organisationId(), accountId));
    }

    @PutMapping("/api/members/{accountId}/role")
    public Member changeRole(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId,
            @Valid @RequestBody RoleChange change) {
        return memberships.changeRole(user, accountId, change.role(), change.version());
    }

    @PostMapping("/api/members/{accountId}/deactivate")
    public Member deactivate(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId) {
        return memberships.deactivate(user, accountId);
    }

    @PostMapping("/api/members/{accountId}/reactivate")
    public Member reactivate(@AuthenticationPrincipal SignedInUser user, @PathVariable long accountId) {
        return memberships.reactivate(user, accountId);
    }
}
