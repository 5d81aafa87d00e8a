package org.improvementtracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether database tests can run in this pass. On the PostgreSQL pass it checks the server
 * once, and wipes the test schema once per JVM so Flyway migrates from scratch, as in production.
 */
public class TestDatabase implements ExecutionCondition {

    private static Boolean postgresReady;
    private static String postgresProblem;

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("test.database"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!onPostgres()) {
            return ConditionEvaluationResult.enabled("embedded H2");
        }
        if (!prepared()) {
            String reason = "PostgreSQL tests skipped: " + postgresProblem;
            System.out.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getProperty("spring.datasource.url"));
    }

    private static synchronized boolean prepared() {
        if (postgresReady == null) {
            postgresReady = resetSchema();
        }
        return postgresReady;
    }

    private static boolean resetSchema() {
        String url = System.getProperty("spring.datasource.url");
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
            return true;
        } catch (SQLException unreachable) {
            postgresProblem = "cannot connect to " + url + " (" + unreachable.getMessage() + ")";
            return false;
        }
    }
}
