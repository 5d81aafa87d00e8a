package org.improvementtracker.reports.publishing;

/** A published file with its bytes, exactly as stored. */
public record StoredFile(PublishedFile file, byte[] content) {
}
