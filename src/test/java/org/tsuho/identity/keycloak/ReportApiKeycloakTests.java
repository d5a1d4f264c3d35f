package org.tsuho.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.KeycloakServer;
import org.tsuho.support.TsuhoKeycloakTest;

/**
 * The API with bearer access tokens from a real Keycloak (realm {@code tsuho} as exported): realm roles become
 * Tsuho roles, the company comes from the {@code company_id} claim only, and every token that is not a valid
 * access token of the realm meant for Tsuho gets 401 with a {@code Bearer} challenge.
 */
@TsuhoKeycloakTest
class ReportApiKeycloakTests {

    private static final String BEARER_CHALLENGE = "Bearer";

    @LocalServerPort
    int port;

    private final KeycloakServer keycloak = KeycloakServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCompanyFilesAndReadsItsReportAndAnotherCompanyGets404() throws Exception {
        String companyA = keycloak.tokens("company-a").accessToken();
        String companyB = keycloak.tokens("company-b").accessToken();

        HttpResponse<String> filed = send(post("/api/v1/reports", flashReport()), companyA);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String id = json.readTree(filed.body()).path("id").asText();

        assertThat(send(get("/api/v1/reports/" + id), companyA).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = send(get("/api/v1/reports/" + id), companyB);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode ownList = json.readTree(send(get("/api/v1/reports"), companyB).body());
        assertThat(ownList.path("items").findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void aCaseWorkerSeesTheTriageTaskOfAFiledReport() throws Exception {
        HttpResponse<String> filed = send(post("/api/v1/reports", flashReport()), keycloak.tokens("company-a").accessToken());
        String caseNumber = json.readTree(filed.body()).path("caseNumber").asText();

        HttpResponse<String> queue = send(get("/api/v1/tasks?scope=group&limit=200"), keycloak.tokens("worker-1").accessToken());

        assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
        assertThat(json.readTree(queue.body()).path("items").findValuesAsText("caseNumber")).contains(caseNumber);
    }

    @Test
    void aCompanyTokenOnAStaffCallIs403() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/tasks"), keycloak.tokens("company-a").accessToken());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(403);
    }

    @Test
    void aStaffTokenCannotFileAReport() throws Exception {
        assertThat(send(post("/api/v1/reports", flashReport()), keycloak.tokens("worker-1").accessToken()).statusCode()).isEqualTo(403);
    }

    @Test
    void noTokenIs401WithABearerChallengeAndAProblem() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/reports"), null);

        assertUnauthenticated(response);
        assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() throws Exception {
        String otherApp = keycloak.tokens(KeycloakServer.OTHER_CLIENT, "company-a", "demo").accessToken();

        HttpResponse<String> response = send(get("/api/v1/reports"), otherApp);

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).contains("invalid_token"));
    }

    @Test
    void anIdTokenIsNoAccessToken() throws Exception {
        assertUnauthenticated(send(get("/api/v1/reports"), keycloak.tokens("company-a").idToken()));
    }

    @Test
    void aTokenOfAnotherRealmIs401() throws Exception {
        assertUnauthenticated(send(get("/api/v1/reports"), keycloak.masterRealmToken()));
    }

    @Test
    void aTamperedTokenIs401() throws Exception {
        String[] parts = keycloak.tokens("company-a").accessToken().split("\\.");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ((ObjectNode) claims).put("company_id", "9120001098765");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(claims)) + "." + parts[2];

        assertUnauthenticated(send(get("/api/v1/reports"), forged));
    }

    @Test
    void aCompanyUserWithoutCompanyIdIsRefused() throws Exception {
        String token = keycloak.tokens(KeycloakServer.TEST_CLIENT, KeycloakServer.COMPANY_WITHOUT_ID, "demo").accessToken();

        HttpResponse<String> response = send(get("/api/v1/reports"), token);

        assertUnauthenticated(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).contains("invalid_token"));
    }

    private void assertUnauthenticated(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith(BEARER_CHALLENGE));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private String flashReport() {
        String awareAt = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
        return """
                {"kind": "INCIDENT", "stage": "FLASH", "category": "RANSOMWARE",
                 "title": "Ransomware on the billing servers", "summary": "Files encrypted on two servers.",
                 "awareAt": "%s", "contact": {"name": "Reporting desk", "email": "desk@company.example"}}
                """.formatted(awareAt);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws IOException, InterruptedException {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
