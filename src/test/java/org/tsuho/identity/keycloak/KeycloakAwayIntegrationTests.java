package org.tsuho.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Under the {@code keycloak} profile Tsuho starts while Keycloak is not there yet (nothing listens at the realm
 * URL): endpoints come from configuration, not discovery. Screens still send people to Keycloak's
 * authorization endpoint, with a PKCE challenge, and API calls meanwhile get 503, not 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tsuho.embedded-database.data-directory=target/test-postgres-keycloak-away")
@ActiveProfiles({"test", "keycloak"})
class KeycloakAwayIntegrationTests {

    private static final String REALM = "http://localhost:" + unusedPort() + "/realms/tsuho";

    @DynamicPropertySource
    static void keycloakNotStarted(DynamicPropertyRegistry registry) {
        registry.add("tsuho.keycloak.realm-url", () -> REALM);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theScreensRedirectToKeycloakWithPkce() throws Exception {
        HttpResponse<Void> start = send("/");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorization = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorization).endsWith("/oauth2/authorization/keycloak");

        HttpResponse<Void> toKeycloak = send(URI.create(authorization).getPath(), start.headers().firstValue("Set-Cookie").orElse(null));

        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        assertThat(toKeycloak.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(REALM + "/protocol/openid-connect/auth?")
                .contains("client_id=tsuho", "code_challenge=", "code_challenge_method=S256", "scope=openid"));
    }

    @Test
    void theApiChallengesForABearerToken() throws Exception {
        HttpResponse<Void> response = send("/api/v1/reports");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith("Bearer"));
    }

    @Test
    void aTokenThatCannotBeCheckedYetIs503NotA500() throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString("{\"sub\":\"x\"}".getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(new byte[256]);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Authorization", "Bearer " + token).GET().build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<Void> send(String path) throws Exception {
        return send(path, null);
    }

    private HttpResponse<Void> send(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie.split(";", 2)[0]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
