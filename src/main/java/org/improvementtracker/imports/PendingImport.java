package org.improvementtracker.imports;

import java.time.Instant;
import java.util.UUID;

/** An uploaded file waiting to be committed: null mapping means the one its headers propose. */
record PendingImport(UUID id, String fileName, byte[] content, ColumnMapping mapping, Instant createdAt) {
}
