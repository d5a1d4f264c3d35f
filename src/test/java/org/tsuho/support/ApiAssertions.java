package org.tsuho.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks of api.md's conventions that every API test shares. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** An RFC 9457 problem document with this status and every member api.md names. */
    public static JsonNode assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).as("type of %s", response).isNotBlank();
        assertThat(problem.path("title").asText()).as("title of %s", response).isNotBlank();
        assertThat(problem.path("status").asInt()).as("status member of %s", response).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as("detail of %s", response).isNotBlank();
        return problem;
    }

    /** A 400 problem listing invalid fields, each with a message; returns the field names in order. */
    public static List<String> assertInvalidFields(ApiClient.Response response) {
        JsonNode problem = assertProblem(response, 400);
        JsonNode errors = problem.path("errors");
        assertThat(errors.isArray() && !errors.isEmpty()).as("errors of %s", response).isTrue();
        List<String> fields = new ArrayList<>();
        for (JsonNode error : errors) {
            assertThat(error.path("field").asText()).as("field of %s", error).isNotBlank();
            assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank();
            fields.add(error.path("field").asText());
        }
        return fields;
    }

    /** Bad input is never answered with a server error. */
    public static void assertNotServerError(ApiClient.Response response) {
        assertThat(response.status()).as("status of %s", response).isLessThan(500);
    }
}
