package org.improvementtracker.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Runs an insert and returns the identity the database gave the new row. */
public final class Inserted {

    private Inserted() {
    }

    public static long id(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKey().longValue();
    }
}
