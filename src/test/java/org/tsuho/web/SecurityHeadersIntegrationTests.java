package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The headers every answer carries (CSP, no sniffing, no framing, referrer policy, no caching of signed-in pages), the
 * session cookie's flags, a new session id at sign-in, and CSRF refusal on the screens.
 */
@TsuhoIntegrationTest
class SecurityHeadersIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/inbox", "/cases", "/login"})
    void screensCarryTheirPolicyAndAreNotCached(String path) {
        HttpHeaders headers = ScreenSession.signIn(port, "worker-1").get(path).headers();

        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertCommonHeaders(headers);
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void theApiCarriesAPolicyThatAllowsNothingToRun() {
        ApiClient.Response ok = ApiClient.on(port).as("worker-1").get("/api/v1/tasks");
        ApiClient.Response unauthenticated = ApiClient.on(port).get("/api/v1/tasks");

        for (ApiClient.Response response : List.of(ok, unauthenticated)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
            assertCommonHeaders(response.headers());
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> form = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Lax");
        String before = sessionId(cookies).orElseThrow();

        HttpResponse<String> signedIn = http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=worker-1&password=demo&_csrf=" + csrf(form.body()))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionId(cookies)).as("a new session id after sign-in (no fixation)").isPresent().get().isNotEqualTo(before);
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void aScreenFormWithoutOrWithAWrongCsrfTokenIsRefused() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=company-a&password=demo&_csrf=" + csrf(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = csrf(http.send(request("/company/reports/new").build(), HttpResponse.BodyHandlers.ofString()).body());

        for (String sent : List.of("", "&_csrf=forged-token", "&_csrf=" + token)) {
            HttpResponse<String> answer = http.send(request("/company/reports").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("title=x" + sent)).build(), HttpResponse.BodyHandlers.ofString());
            if (sent.endsWith(token)) {
                assertThat(answer.statusCode()).as("with the page's own token the same form is taken (and checked)").isNotEqualTo(403);
            } else {
                assertThat(answer.statusCode()).as("token '%s'", sent).isEqualTo(403);
            }
        }
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Optional<String> sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }
}
