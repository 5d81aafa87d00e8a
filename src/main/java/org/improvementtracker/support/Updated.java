package org.improvementtracker.support;

/**
 * Guards an optimistic-locking update: zero rows changed means the record is gone (or belongs to
 * another organisation) or someone else changed it first.
 */
public final class Updated {

    private Updated() {
    }

    public static void exactlyOne(int rows, String what, long id, boolean exists) {
        if (rows == 1) {
            return;
        }
        if (!exists) {
            throw new NotFoundException(what, id);
        }
        throw new ConflictException(what, id);
    }
}
