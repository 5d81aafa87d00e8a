package org.improvementtracker.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The ways in that this installation offers: local passwords unless switched off, and an identity
 * provider for each OpenID Connect client registered in {@code spring.security.oauth2.client.*} (none
 * unless configured).
 */
@Component
public class SignInMethods {

    /** An identity provider as the sign-in page offers it: "Sign in with {name}". */
    public record IdentityProvider(String registrationId, String name) {

        /** Where the sign-in starts: Spring Security redirects from here to the provider. */
        public String signInPath() {
            return "/oauth2/authorization/" + registrationId;
        }
    }

    private final boolean localPasswords;
    private final List<IdentityProvider> identityProviders;

    SignInMethods(SignInProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.localPasswords = properties.localPasswords();
        this.identityProviders = identityProviders(registrations.getIfAvailable());
        if (!localPasswords && identityProviders.isEmpty()) {
            throw new IllegalStateException("improvement-tracker.sign-in.local-passwords is false but no OpenID Connect "
                    + "provider is configured (spring.security.oauth2.client.registration.*): nobody could sign in");
        }
    }

    public boolean localPasswords() {
        return localPasswords;
    }

    public List<IdentityProvider> identityProviders() {
        return identityProviders;
    }

    public boolean openIdConnect() {
        return !identityProviders.isEmpty();
    }

    /** Spring Boot registers the configured clients in memory, where they can be listed. */
    private static List<IdentityProvider> identityProviders(ClientRegistrationRepository registrations) {
        List<IdentityProvider> providers = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        return List.copyOf(providers);
    }
}
