package org.improvementtracker.reports.web;

import org.improvementtracker.reports.publishing.StoredFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A published file as a download: the stored bytes untouched, with their SHA-256 in a header. Every
 * format, HTML too, is an attachment: it is a record of what the board received, not a page of the site.
 */
final class PublishedFileResponse {

    private PublishedFileResponse() {
    }

    static ResponseEntity<byte[]> of(StoredFile stored) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(stored.file().fileName()).build().toString())
                .header("X-Content-SHA256", stored.file().sha256())
                .body(stored.content());
    }
}
