package org.improvementtracker.support;

/**
 * A record that does not exist or belongs to another organisation. Both answer 404 so that
 * the existence of another organisation's data never leaks.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " was not found");
    }

    /** For records known by a name or random id rather than a number ("Import 0f8e…"). */
    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
