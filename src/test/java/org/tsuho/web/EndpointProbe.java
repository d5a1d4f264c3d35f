package org.tsuho.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsuho.support.ApiClient;

/**
 * One caller of any endpoint, as the matrix needs it: anonymous or a demo account; HTTP Basic on the API, a signed-in
 * screen session (with its CSRF token on every unsafe request) on the screens. Path variables become an id that
 * names nothing, so a permitted call ends in 404 or 400 and changes nothing.
 */
final class EndpointProbe {

    static final String DUMMY_ID = "00000000-0000-0000-0000-000000000000";
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final String username;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private String csrf;

    private EndpointProbe(int port, String username) {
        this.port = port;
        this.username = username;
    }

    static EndpointProbe anonymous(int port) {
        EndpointProbe probe = new EndpointProbe(port, null);
        probe.csrf = probe.token();
        return probe;
    }

    /** Signs the screen session in on the form (correct password: no failure counts against the account). */
    static EndpointProbe as(int port, String username) {
        EndpointProbe probe = new EndpointProbe(port, username);
        String before = probe.token();
        HttpResponse<String> signedIn = probe.send(probe.request("/login", false).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + ApiClient.DEMO_PASSWORD + "&_csrf=" + before)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode() + " " + location);
        }
        probe.csrf = probe.token();
        return probe;
    }

    static String concrete(String pattern) {
        return VARIABLE.matcher(pattern.replace("/**", "/x")).replaceAll(DUMMY_ID);
    }

    HttpResponse<String> call(AccessMatrix.Endpoint endpoint) {
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        boolean api = endpoint.api();
        HttpRequest.Builder request = request(concrete(endpoint.path()), api);
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        if (api) {
            return send(request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}")));
        }
        return send(request.header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
    }

    private String token() {
        Matcher m = CSRF.matcher(send(request("/login", false).GET()).body());
        if (!m.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        return m.group(1);
    }

    private HttpRequest.Builder request(String path, boolean api) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", api ? "application/json" : "text/html");
        if (api && username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
