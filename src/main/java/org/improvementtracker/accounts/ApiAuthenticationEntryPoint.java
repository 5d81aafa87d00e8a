package org.improvementtracker.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A 401 problem detail with the Bearer challenge (and Basic, while local passwords are on), instead of a
 * sign-in page, for API clients: for missing credentials and wrong ones alike, and for API tokens unknown, expired or revoked without
 * saying which. (403 is answered by the API's exception handler.) A username locked after too many
 * failures gets 429 with Retry-After, so that scripts wait instead of retrying.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Clock clock;
    private final boolean localPasswords;
    private final String howToSignIn;

    ApiAuthenticationEntryPoint(Clock clock, boolean localPasswords) {
        this.clock = clock;
        this.localPasswords = localPasswords;
        this.howToSignIn = localPasswords
                ? "Send a personal API token (Authorization: Bearer itk_...), or sign in with HTTP Basic using your "
                        + "Improvement Tracker username and password."
                : "Send a personal API token (Authorization: Bearer itk_...): create one on your account page.";
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof SignInLockedException locked) {
            long seconds = Math.max(1, Duration.between(clock.instant(), locked.lockedUntil()).toSeconds());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"" + locked.tryAgainMessage(clock) + ".\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (localPasswords) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Improvement Tracker\"");
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Improvement Tracker\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + howToSignIn + "\"}");
    }
}
