package org.improvementtracker.accounts;

import java.time.OffsetDateTime;

/**
 * A personal API token as its owner sees it in their list: never the secret, only the prefix it
 * starts with, so they can tell which script uses which.
 */
public record ApiToken(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

    public enum Status {
        ACTIVE("Active"), EXPIRED("Expired"), REVOKED("Revoked");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Status status(OffsetDateTime now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }
}
