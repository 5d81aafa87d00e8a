package org.improvementtracker.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that a contributor limited to named actions (a partner) may use. Partners are refused every
 * route without it, so a new route is closed to them until someone decides otherwise. An open route is
 * either about the partner's own account (messages, tokens: no plan in its path) or about one action,
 * whose {@code {actionId}} must then be one of theirs; a route naming a plan but no action stays closed.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OpenToPartners {
}
