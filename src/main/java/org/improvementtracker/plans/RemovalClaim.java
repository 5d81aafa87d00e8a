package org.improvementtracker.plans;

import org.improvementtracker.support.Updated;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Before a removal touches anything, bump the record's version if the user confirmed the current
 * copy: a stale confirmation page then ends on the 409 page and removes nothing. The table is a
 * constant of this package, never user input.
 */
final class RemovalClaim {

    private RemovalClaim() {
    }

    static void claim(JdbcClient jdbc, String table, String what, long organisationId, long id, int version) {
        int rows = jdbc.sql("update " + table + " set version = version + 1"
                + " where organisation_id = ? and id = ? and version = ? and archived_at is null")
                .params(organisationId, id, version).update();
        Updated.exactlyOne(rows, what, id, true);
    }
}
