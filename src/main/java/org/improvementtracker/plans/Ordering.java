package org.improvementtracker.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Positions of siblings (sections in a plan, actions in an outcome, ...). Table and scope names are
 * constants of this package, never user input. Moving does not change a record's version: reordering
 * must not make someone else's open edit form stale.
 */
final class Ordering {

    private final String table;
    private final String scope;

    /** @param scope a where-clause over the siblings, with named parameters. */
    Ordering(String table, String scope) {
        this.table = table;
        this.scope = scope;
    }

    int nextPosition(JdbcClient jdbc, Map<String, ?> scopeParams) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from " + table + " where " + scope)
                .params(scopeParams).query(Integer.class).single();
    }

    /** Swaps the record with its neighbour; at either end nothing happens. */
    void move(JdbcClient jdbc, Map<String, ?> scopeParams, long id, int position, MoveDirection direction) {
        String comparison = direction == MoveDirection.UP ? "position < :position order by position desc"
                : "position > :position order by position";
        List<long[]> neighbours = new ArrayList<>(jdbc.sql("select id, position from " + table + " where "
                + scope + " and archived_at is null and " + comparison + " fetch first 1 rows only")
                .params(scopeParams).param("position", position)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("position")}).list());
        if (neighbours.isEmpty()) {
            return;
        }
        long[] neighbour = neighbours.get(0);
        setPosition(jdbc, neighbour[0], position);
        setPosition(jdbc, id, (int) neighbour[1]);
    }

    private void setPosition(JdbcClient jdbc, long id, int position) {
        jdbc.sql("update " + table + " set position = ? where id = ?").params(position, id).update();
    }
}
