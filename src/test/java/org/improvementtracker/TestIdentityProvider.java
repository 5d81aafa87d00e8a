package org.improvementtracker;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An OpenID Connect provider (mock-oauth2-server) running in the test JVM, standing in for a council's
 * Microsoft Entra ID. It signs whoever arrives straight back in, as the person {@link #nextSignIn} names.
 * It is started once, before any application context asks it for its address (issuer discovery would
 * hang otherwise), and lives as long as the JVM.
 */
public final class TestIdentityProvider {

    public static final String REGISTRATION = "council";
    public static final String NAME = "Test Council account";
    private static final String ISSUER = "council";
    private static final MockOAuth2Server SERVER = started();

    private TestIdentityProvider() {
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    /** Configures the application as an operator would, through the standard Spring Security properties. */
    public static void configure(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration." + REGISTRATION + ".client-name", () -> NAME);
        registry.add(prefix + "registration." + REGISTRATION + ".client-id", () -> "improvement-tracker");
        registry.add(prefix + "registration." + REGISTRATION + ".client-secret", () -> "test-secret");
        registry.add(prefix + "registration." + REGISTRATION + ".scope", () -> "openid,email,profile");
        registry.add(prefix + "provider." + REGISTRATION + ".issuer-uri", () -> SERVER.issuerUrl(ISSUER).toString());
    }

    /** The next sign-in at the provider is this person: an email, verified unless said otherwise. */
    public static void nextSignIn(String email) {
        nextSignIn(Map.of("email", email, "email_verified", true));
    }

    /** The next sign-in at the provider carries exactly these claims besides the standard ones. */
    public static void nextSignIn(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.putIfAbsent("name", "Signed in at the provider");
        SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + System.nanoTime(), "JWT", null,
                all, 3600));
    }

    /** A browser that follows redirects to the provider and back, keeping each site's cookies. */
    public static final class Visit {

        private final int port;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();

        public Visit(int port) {
            this.port = port;
        }

        /** Presses "Sign in with ...": to the provider, which signs the person straight back in, and on. */
        public HttpResponse<String> signInWithProvider() throws IOException, InterruptedException {
            return get("/oauth2/authorization/" + REGISTRATION);
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
