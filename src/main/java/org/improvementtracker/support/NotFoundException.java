package org.improvementtracker.support;

/**
 * A record that does not exist or belongs to another organisation. Both answer 404 so that
 * the existence of another organisation's data never leaks.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " was not found");
    }
}
