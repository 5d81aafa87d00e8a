package org.improvementtracker.imports;

import java.util.UUID;

/** A stored upload's id with its preview as worked out now. */
public record PendingPreview(UUID importId, ImportPreview preview) {
}
