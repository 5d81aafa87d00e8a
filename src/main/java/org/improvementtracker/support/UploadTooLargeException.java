package org.improvementtracker.support;

/** A file larger than the feature accepts: 413 on the API, naming the field the file came in. */
public class UploadTooLargeException extends RuntimeException {

    private final String field;

    public UploadTooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
