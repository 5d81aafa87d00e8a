package org.improvementtracker.reports.publishing;

/**
 * One format of a published pack, without its bytes.
 *
 * @param format the format's extension ("pdf"), as the download's URL names it
 * @param sha256 the SHA-256 of the stored bytes, in lower-case hex, for anyone to check a copy against
 */
public record PublishedFile(String format, String mediaType, String fileName, long size, String sha256) {
}
