package org.improvementtracker.accounts;

import java.time.Instant;

/**
 * Someone who belongs to an organisation (who may sign in to it), as its administrators see them. It
 * holds nothing secret, so it is also what the audit trail keeps as before and after.
 *
 * @param version the membership's version, which a change of role posts back
 * @param lastSignedInAt their last sign-in through the sign-in page, in whichever organisation; null if never
 */
public record Member(long accountId, String name, String username, String email, Role role, MembershipStatus status,
        Instant lastSignedInAt, int version) {

    boolean isActiveAdministrator() {
        return role == Role.ADMINISTRATOR && status == MembershipStatus.ACTIVE;
    }
}
