package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.TsuhoIntegrationTest;

/** The embedded default signs in as before: HTTP Basic for the API, form login for the screens, no bearer tokens. */
@TsuhoIntegrationTest
class EmbeddedSignInIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApiTakesHttpBasicWithTheDemoAccounts() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/tasks").header("Authorization", basic("worker-1", "demo")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theApiChallengesWithBasicAndAProblem() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/tasks"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"tsuho\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void bearerTokensMeanNothingHere() throws Exception {
        assertThat(send(get("/api/v1/tasks").header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).statusCode()).isEqualTo(401);
    }

    @Test
    void theScreensSendStrangersToTheSignInForm() throws Exception {
        HttpResponse<String> response = send(get("/"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
