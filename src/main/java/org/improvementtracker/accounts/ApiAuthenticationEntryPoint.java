package org.improvementtracker.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A 401 problem detail with the Basic and Bearer challenges, instead of a sign-in page, for API clients:
 * for missing credentials and wrong ones alike, and for API tokens unknown, expired or revoked without
 * saying which. (403 is answered by the API's exception handler.)
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Improvement Tracker\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Improvement Tracker\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,\
                "detail":"Send a personal API token (Authorization: Bearer itk_...), or sign in with HTTP Basic \
                using your Improvement Tracker username and password."}""");
    }
}
