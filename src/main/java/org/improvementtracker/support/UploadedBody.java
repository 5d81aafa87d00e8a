package org.improvementtracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file sent as the request body, read into memory only up to the feature's limit, never beyond it. */
public final class UploadedBody {

    private UploadedBody() {
    }

    /**
     * The body's bytes, or {@link UploadTooLargeException} as soon as reading one byte more than
     * {@code maxBytes} succeeds, so a huge body never fills the memory.
     */
    public static byte[] readAtMost(InputStream body, int maxBytes, String field, String message) {
        try {
            byte[] read = body.readNBytes(maxBytes + 1);
            if (read.length > maxBytes) {
                throw new UploadTooLargeException(field, message);
            }
            return read;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
