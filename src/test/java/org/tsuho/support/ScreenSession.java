package org.tsuho.support;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * A browser's session on the screens as far as plain-HTTP tests need one: a signed-in demo account's cookies, the
 * CSRF token on every form sent, HTML wanted, redirects answered rather than followed. For what a browser never
 * sends: tampered values, forms on records that are not one's own.
 */
public final class ScreenSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>([^<]*)</h1>");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private ScreenSession(int port) {
        this.port = port;
    }

    /** A session that has not signed in. */
    public static ScreenSession anonymous(int port) {
        return new ScreenSession(port);
    }

    /** Signed in on the sign-in form as a demo account. */
    public static ScreenSession signIn(int port, String username) {
        ScreenSession session = new ScreenSession(port);
        HttpResponse<String> signedIn = session.signIn(username, ApiClient.DEMO_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).build());
    }

    /** A file as the browser downloads it: the bytes as sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the sign-in form; the answer tells whether it was accepted. */
    public HttpResponse<String> signIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Sends the fields as a form would, with the session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The page's first heading, or its whole body when it has none. */
    public static String heading(HttpResponse<String> page) {
        Matcher m = H1.matcher(page.body());
        return m.find() ? m.group(1) : page.body();
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
