package org.improvementtracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that talks to the database. It runs twice in {@code mvn verify}: on embedded H2 (surefire)
 * and again on PostgreSQL (failsafe, tag "database"), where it is skipped with a printed reason if
 * PostgreSQL cannot be reached.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(TestDatabase.class)
public @interface DatabaseTest {
}
