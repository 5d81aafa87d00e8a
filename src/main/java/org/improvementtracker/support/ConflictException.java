package org.improvementtracker.support;

import java.util.List;

/**
 * Someone else saved the record after the user loaded it: their copy is stale and saving it
 * would silently overwrite the other change. Where it helps, it says what the record holds now.
 */
public class ConflictException extends RuntimeException {

    private final String what;
    private final transient List<String> current;

    public ConflictException(String what, long id) {
        this(what, id, List.of());
    }

    /** @param current lines describing the record as the other person saved it, shown to the user */
    public ConflictException(String what, long id, List<String> current) {
        super(what + " " + id + " was changed by someone else");
        this.what = what;
        this.current = List.copyOf(current);
    }

    public String what() {
        return what;
    }

    public List<String> current() {
        return current;
    }
}
