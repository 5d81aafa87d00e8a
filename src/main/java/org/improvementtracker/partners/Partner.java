package org.improvementtracker.partners;

import java.util.Set;

/**
 * A contributor, and whether they are limited to named actions.
 *
 * @param version the limit's version, for optimistic locking (null when not limited)
 * @param actionIds the actions they may see and update (empty when not limited)
 */
public record Partner(long accountId, String username, String displayName, boolean limited, Integer version,
        Set<Long> actionIds) {
}
