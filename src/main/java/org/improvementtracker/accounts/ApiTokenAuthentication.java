package org.improvementtracker.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * {@code Authorization: Bearer itk_...} on the API, through Spring Security's own extension points: a
 * converter reads the header, a provider checks the token, and the library's filter ties them in.
 * Requests without a bearer token pass on to HTTP Basic untouched.
 */
final class ApiTokenAuthentication {

    private static final String SCHEME = "Bearer ";

    private ApiTokenAuthentication() {
    }

    /**
     * The filter for the API chain. Any failure (unknown, expired, revoked, malformed) answers the same
     * 401 as a wrong password, so a caller learns nothing about which.
     */
    static AuthenticationFilter filter(ApiTokens tokens, AuthenticationEntryPoint signIn) {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(new Provider(tokens)),
                ApiTokenAuthentication::presented);
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(signIn));
        // The default success handler redirects, as after a form sign-in; an API request goes on to its controller.
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        return filter;
    }

    /** The token presented, or null (not this filter's business) when the header is not a bearer token. */
    private static Authentication presented(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return new PresentedToken(header.substring(SCHEME.length()).strip());
    }

    /** A token as presented, not yet checked. */
    static final class PresentedToken extends AbstractAuthenticationToken {

        private final String secret;

        PresentedToken(String secret) {
            super(List.of());
            this.secret = secret;
        }

        @Override
        public Object getCredentials() {
            return secret;
        }

        @Override
        public Object getPrincipal() {
            return TokenSecret.isWellFormed(secret) ? TokenSecret.shown(secret) : "malformed token";
        }
    }

    /**
     * Signed in with a token: the same principal as HTTP Basic gives, so controllers need not tell them
     * apart; only {@link OrganisationHeader} does, as a token works in its own organisation only.
     */
    static final class SignedInWithToken extends UsernamePasswordAuthenticationToken {

        SignedInWithToken(SignedInUser user) {
            super(user, null, user.getAuthorities());
        }
    }

    /** Signs the token's account in, exactly as HTTP Basic would, so controllers see the same principal. */
    static final class Provider implements AuthenticationProvider {

        private final ApiTokens tokens;

        Provider(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String secret = (String) authentication.getCredentials();
            return tokens.signIn(secret)
                    .map(SignedInWithToken::new)
                    .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return PresentedToken.class.isAssignableFrom(authentication);
        }
    }
}
