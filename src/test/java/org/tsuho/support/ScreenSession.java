package org.tsuho.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's session over plain HTTP, as far as screen checks need one: cookies, the CSRF token, HTML wanted. */
public final class ScreenSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private ScreenSession(int port) {
        this.port = port;
    }

    public static ScreenSession anonymous(int port) {
        return new ScreenSession(port);
    }

    /** Signs in through the form with the demo password; fails the test if the sign-in is refused. */
    public static ScreenSession signedIn(int port, String username) {
        ScreenSession session = new ScreenSession(port);
        HttpResponse<String> answer = session.signIn(username, ApiClient.DEMO_PASSWORD);
        if (answer.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new AssertionError("sign-in of " + username + " refused");
        }
        return session;
    }

    public HttpResponse<String> signIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
