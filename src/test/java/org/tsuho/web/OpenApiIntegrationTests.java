package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.TsuhoIntegrationTest;

/** The API describes itself at {@code /v3/api-docs}, readable without signing in. */
@TsuhoIntegrationTest
class OpenApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionIsPublicJsonListingTheApi() {
        ApiClient.Response docs = ApiClient.on(port).get("/v3/api-docs");

        assertThat(docs.status()).as("%s", docs).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        JsonNode description = docs.json();
        assertThat(description.path("openapi").asText()).startsWith("3.");
        JsonNode paths = description.path("paths");
        assertThat(paths.has("/api/v1/reports")).isTrue();
        assertThat(paths.path("/api/v1/reports").has("post")).isTrue();
        assertThat(paths.path("/api/v1/reports").has("get")).isTrue();
        assertThat(paths.has("/api/v1/reports/{id}")).isTrue();
        assertThat(paths.has("/api/v1/tasks")).isTrue();
        assertThat(paths.has("/api/v1/tasks/{id}/claim")).isTrue();
        assertThat(paths.has("/api/v1/tasks/{id}/complete")).isTrue();
        assertThat(paths.has("/api/v1/requests/{id}/answer")).isTrue();
        assertThat(paths.has("/api/v1/cases")).isTrue();
        assertThat(paths.has("/api/v1/cases/{id}")).isTrue();
        assertThat(paths.path("/api/v1/reports").path("post").path("responses").has("201")).isTrue();
        assertThat(description.path("components").path("securitySchemes").path("basic").path("scheme").asText()).isEqualTo("basic");
    }

    @Test
    void theSignedInPersonIsNoParameter() {
        JsonNode paths = ApiClient.on(port).get("/v3/api-docs").json().path("paths");

        paths.forEach(operations -> operations.forEach(operation -> operation.path("parameters").forEach(
                parameter -> assertThat(parameter.path("name").asText()).isNotEqualTo("actor"))));
    }

    @Test
    void theDescriptionNamesNoScreens() {
        JsonNode paths = ApiClient.on(port).get("/v3/api-docs").json().path("paths");

        paths.fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
    }
}
