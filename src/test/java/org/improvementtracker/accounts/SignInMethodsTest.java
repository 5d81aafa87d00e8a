package org.improvementtracker.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Which ways in an installation offers, and the one setting that would let nobody in. */
class SignInMethodsTest {

    @Test
    void passwordsOnlyUnlessAProviderIsConfigured() {
        SignInMethods methods = new SignInMethods(properties(true), providers(null));

        assertThat(methods.localPasswords()).isTrue();
        assertThat(methods.openIdConnect()).isFalse();
        assertThat(methods.identityProviders()).isEmpty();
    }

    @Test
    void eachConfiguredProviderIsOfferedByItsName() {
        SignInMethods methods = new SignInMethods(properties(false), providers(entra()));

        assertThat(methods.localPasswords()).isFalse();
        assertThat(methods.identityProviders()).singleElement().satisfies(provider -> {
            assertThat(provider.name()).isEqualTo("Microsoft Entra ID");
            assertThat(provider.signInPath()).isEqualTo("/oauth2/authorization/entra");
        });
    }

    @Test
    void passwordsOffWithNoProviderRefusesToStartBecauseNobodyCouldSignIn() {
        assertThatThrownBy(() -> new SignInMethods(properties(false), providers(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("local-passwords is false but no OpenID Connect provider is configured");
    }

    private static SignInProperties properties(boolean localPasswords) {
        return new SignInProperties(10, Duration.ofMinutes(15), Duration.ofMinutes(15), localPasswords);
    }

    private static ObjectProvider<ClientRegistrationRepository> providers(
            ClientRegistrationRepository registrations) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (registrations != null) {
            beans.addBean("clientRegistrationRepository", registrations);
        }
        return beans.getBeanProvider(ClientRegistrationRepository.class);
    }

    private static ClientRegistrationRepository entra() {
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("entra")
                .clientName("Microsoft Entra ID").clientId("tracker").clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "email")
                .authorizationUri("https://login.example/authorize").tokenUri("https://login.example/token")
                .jwkSetUri("https://login.example/keys").build());
    }
}
