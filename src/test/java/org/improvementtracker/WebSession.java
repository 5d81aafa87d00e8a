package org.improvementtracker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person in a browser session, talking HTTP to the application started on a real port. Unlike MockMvc this
 * goes through the servlet container's error handling, so it sees the error pages users see
 * (403 and 404 pages rendered for {@code sendError}, the 5xx page for an uncaught exception).
 * Keeps the session cookie and posts the CSRF token the last page carried, as a browser would.
 */
public final class WebSession {

    private final HttpClient client;
    private final String base;
    private String csrfToken;

    public WebSession(int port) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = "http://localhost:" + port;
    }

    public record Page(int status, HttpHeaders headers, String body) {

        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    /** Signs in through the sign-in form; fails unless the application accepts the password. */
    public WebSession signIn(String username, String password) {
        get("/login");
        Page result = post("/login", Map.of("username", username, "password", password));
        if (result.status() != 302 || result.location() == null || result.location().contains("error")) {
            throw new AssertionError("Could not sign in as " + username + ": " + result.status() + " " + result.location());
        }
        csrfToken = null;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html"));
    }

    /** A form post with the CSRF token of the last page seen (a page is fetched first if none was). */
    public Page post(String path, Map<String, String> form) {
        if (csrfToken == null) {
            get("/plans");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            fields.putIfAbsent("_csrf", csrfToken);
        }
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A file upload as a browser sends it: a multipart form with the CSRF token of the last page seen and
     * one file field, and any further headers as name, value, name, value...
     */
    public Page postFile(String path, String field, String fileName, byte[] content, String... headers) {
        if (csrfToken == null) {
            get("/plans");
        }
        String boundary = "----WebSessionBoundary" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrfToken != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Any request, for API calls and odd methods; headers given as name, value, name, value... */
    public Page send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The Authorization header value with which the API signs in (HTTP Basic). */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            List<String> tokens = Html.all(response.body(), "name=\"_csrf\"\\s+value=\"([^\"]+)\"");
            if (!tokens.isEmpty()) {
                csrfToken = Html.unescape(tokens.get(0));
            }
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
