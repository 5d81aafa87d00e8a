package org.improvementtracker.accounts;

import java.util.List;

import org.improvementtracker.accounts.OpenIdSignInRefused.Reason;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in with the organisation's identity provider (OpenID Connect, such as Microsoft Entra ID). The
 * library exchanges the code and checks the ID token's signature, issuer, audience and expiry; this then
 * finds the person's account by the email the provider vouches for, and signs them in as that account, so
 * pages see the same {@link SignedInUser} as after a password. Nobody gets an account by signing in.
 */
final class OpenIdSignIn implements AuthenticationProvider {

    private final AuthenticationProvider provider;
    private final AccountDetailsService accounts;

    OpenIdSignIn(AccountDetailsService accounts) {
        this.provider = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService());
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        OAuth2LoginAuthenticationToken vouched = (OAuth2LoginAuthenticationToken) provider.authenticate(attempt);
        if (vouched == null) {
            // Not an OpenID Connect sign-in (no "openid" scope): nothing here can check who it is.
            return null;
        }
        SignedInUser user = account((OidcUser) vouched.getPrincipal()).withoutPasswordHash();
        return new OAuth2LoginAuthenticationToken(vouched.getClientRegistration(), vouched.getAuthorizationExchange(),
                user, user.getAuthorities(), vouched.getAccessToken(), vouched.getRefreshToken());
    }

    /**
     * The one active account with the person's email. The email must be there, and verified if the provider
     * says whether it is (Entra ID does not say, and only issues addresses its tenant owns).
     */
    private SignedInUser account(OidcUser identity) {
        String email = identity.getEmail();
        if (email == null || email.isBlank()) {
            throw new OpenIdSignInRefused(Reason.NO_EMAIL, null);
        }
        if (Boolean.FALSE.equals(identity.getEmailVerified())) {
            throw new OpenIdSignInRefused(Reason.EMAIL_NOT_VERIFIED, email);
        }
        List<SignedInUser> found = accounts.withEmail(email.strip());
        List<SignedInUser> active = found.stream().filter(SignedInUser::enabled).toList();
        if (active.size() > 1) {
            throw new OpenIdSignInRefused(Reason.SEVERAL_ACCOUNTS, email);
        }
        if (active.isEmpty()) {
            throw new OpenIdSignInRefused(found.isEmpty() ? Reason.NO_ACCOUNT : Reason.DEACTIVATED, email);
        }
        return active.get(0);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return provider.supports(authentication);
    }
}
