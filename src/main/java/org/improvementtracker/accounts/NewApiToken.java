package org.improvementtracker.accounts;

import java.time.OffsetDateTime;

/** A token just created: the only moment its secret exists outside the client that will use it. */
public record NewApiToken(long id, String name, String secret, OffsetDateTime expiresAt) {
}
