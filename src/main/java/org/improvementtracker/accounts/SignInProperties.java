package org.improvementtracker.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in. With {@code localPasswords} off, only the identity provider (OpenID Connect) signs
 * people in to pages, and only API tokens open the API: the sign-in form and HTTP Basic are refused.
 * Throttling: after {@code maxFailures} failed sign-ins for one username within {@code failureWindow},
 * that username is refused for {@code lockout}, whatever the password. Pages and the API (HTTP Basic)
 * count alike.
 */
@ConfigurationProperties("improvement-tracker.sign-in")
public record SignInProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockout, @DefaultValue("true") boolean localPasswords) {
}
