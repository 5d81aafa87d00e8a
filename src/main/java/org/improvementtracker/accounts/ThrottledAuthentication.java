package org.improvementtracker.accounts;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts {@link SignInThrottle} in front of the password check, for the sign-in form and HTTP Basic alike:
 * a locked username is refused at once; a wrong password (or a disabled account, or no such account,
 * which the user is not told apart) counts as a failure; a right one clears the count.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        throttle.lockedUntil(username).ifPresent(until -> {
            throw new SignInLockedException(until);
        });
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException | AccountStatusException refused) {
            throw throttle.failed(username).<AuthenticationException>map(SignInLockedException::new).orElse(refused);
        }
        if (result == null) {
            return null;
        }
        throttle.succeeded(username);
        return withoutPasswordHash(result);
    }

    /** The signed-in person is stored in the session, in the database: without the hash of their password. */
    private static Authentication withoutPasswordHash(Authentication result) {
        if (!(result.getPrincipal() instanceof SignedInUser user)) {
            return result;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                user.withoutPasswordHash(), null, result.getAuthorities());
        token.setDetails(result.getDetails());
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
