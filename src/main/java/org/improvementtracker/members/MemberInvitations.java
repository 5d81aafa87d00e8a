package org.improvementtracker.members;

import org.improvementtracker.accounts.Invitations;
import org.improvementtracker.accounts.Invitee;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An invitation and, when the administrator chose one, the link to a Person record: both or neither. */
@Service
public class MemberInvitations {

    private final Invitations invitations;
    private final People people;

    MemberInvitations(Invitations invitations, People people) {
        this.invitations = invitations;
        this.people = people;
    }

    /** Returns the invited account's id. A person already linked to someone, or another organisation's, names personId. */
    @Transactional
    public long invite(SignedInUser administrator, Invitee invitee, Long personId) {
        long accountId = invitations.invite(administrator, invitee);
        if (personId != null) {
            people.linkToAccount(administrator.organisationId(), personId, accountId, "personId");
        }
        return accountId;
    }
}
