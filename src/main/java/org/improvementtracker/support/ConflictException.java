package org.improvementtracker.support;

/**
 * Someone else saved the record after the user loaded it: their copy is stale and saving it
 * would silently overwrite the other change.
 */
public class ConflictException extends RuntimeException {

    private final String what;

    public ConflictException(String what, long id) {
        super(what + " " + id + " was changed by someone else");
        this.what = what;
    }

    public String what() {
        return what;
    }
}
