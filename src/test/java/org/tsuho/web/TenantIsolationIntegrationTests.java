package org.tsuho.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Who may see and do what through the API: a company only its own records (another's are "not found"), staff
 * only staff operations, and nobody anything without signing in.
 */
@TsuhoIntegrationTest
class TenantIsolationIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient api() {
        return ApiClient.on(port);
    }

    @Test
    void aCompanyCannotReadAnotherCompanysReport() {
        String theirs = api().as("company-a").post("/api/v1/reports", ReportBodies.flash()).text("id");

        ApiClient.Response read = api().as("company-b").get("/api/v1/reports/" + theirs);

        assertProblem(read, 404);
        assertThat(read.body()).doesNotContain("東和電力");
    }

    @Test
    void aCompanysListHoldsOnlyItsOwnReports() {
        String theirs = api().as("company-a").post("/api/v1/reports", ReportBodies.flash()).text("id");

        ApiClient.Response list = api().as("company-b").get("/api/v1/reports?limit=200");

        assertThat(list.status()).isEqualTo(200);
        for (JsonNode item : list.json().path("items")) {
            assertThat(item.path("id").asText()).isNotEqualTo(theirs);
            assertThat(item.path("caseId").asText()).isNotBlank();
        }
    }

    @Test
    void aCompanyCannotAnswerAnotherCompanysRequest() {
        String requestId = requestInformationFromCompanyA();

        ApiClient.Response answer = api().as("company-b").post("/api/v1/requests/" + requestId + "/answer",
                Map.of("answer", "当社の回答ではない。"));

        assertProblem(answer, 404);
        ApiClient.Response own = api().as("company-a").post("/api/v1/requests/" + requestId + "/answer",
                Map.of("answer", "侵入経路は VPN 機器の脆弱性と判明。"));
        assertThat(own.status()).as("the request is still open for its company: %s", own).isEqualTo(200);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        ApiClient.Response answer = api().as("company-a").post("/api/v1/requests/00000000-0000-0000-0000-000000000000/answer",
                Map.of("answer", "回答"));

        assertProblem(answer, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/tasks", "/api/v1/tasks?scope=group", "/api/v1/cases",
            "/api/v1/cases/00000000-0000-0000-0000-000000000000"})
    void companiesCannotUseStaffOperations(String path) {
        assertProblem(api().as("company-a").get(path), 403);
    }

    @Test
    void aCompanyCannotCompleteATask() {
        ApiClient.Response complete = api().as("company-a").post("/api/v1/tasks/anything/complete",
                Map.of("severity", 1, "category", "OTHER", "decision", "CLOSE", "rationale", "x"));

        assertProblem(complete, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker-1", "supervisor-1", "examiner-1", "police-liaison", "oversight-1", "admin"})
    void staffCannotFileReports(String username) {
        ApiClient.Response filed = api().as(username).post("/api/v1/reports", ReportBodies.flash());

        assertProblem(filed, 403);
    }

    @Test
    void staffCannotReadReportsThroughTheCompanyApi() {
        String id = api().as("company-a").post("/api/v1/reports", ReportBodies.flash()).text("id");

        assertProblem(api().as("worker-1").get("/api/v1/reports/" + id), 403);
    }

    @Test
    void staffCannotAnswerRequests() {
        String requestId = requestInformationFromCompanyA();

        assertProblem(api().as("worker-1").post("/api/v1/requests/" + requestId + "/answer", Map.of("answer", "x")), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/reports", "/api/v1/tasks", "/api/v1/cases", "/api/v1/reports/00000000-0000-0000-0000-000000000000"})
    void withoutSigningInTheAnswerIs401WithAChallengeNeverARedirect(String path) {
        ApiClient.Response anonymous = api().get(path);

        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.header("Location")).isEmpty();
        assertThat(anonymous.header("Set-Cookie")).isEmpty();
    }

    @Test
    void postingWithoutSigningInIs401() {
        ApiClient.Response anonymous = api().post("/api/v1/reports", ReportBodies.flash());

        assertProblem(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).isPresent();
    }

    @Test
    void aWrongPasswordIs401() {
        ApiClient.Response wrong = api().as("company-a", "not-the-password").get("/api/v1/reports");

        assertProblem(wrong, 401);
        assertThat(wrong.header("WWW-Authenticate")).isPresent();
        assertThat(wrong.header("Location")).isEmpty();
    }

    @Test
    void anUnknownUserIs401() {
        ApiClient.Response unknown = api().as("mallory").get("/api/v1/reports");

        assertProblem(unknown, 401);
    }

    @Test
    void theApiKeepsNoSession() {
        ApiClient.Response read = api().as("company-a").get("/api/v1/reports?limit=1");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Set-Cookie")).isEmpty();
    }

    /** company-a files a report and worker-1 asks it a question: returns the request's id. */
    private String requestInformationFromCompanyA() {
        ApiClient companyA = api().as("company-a");
        ApiClient worker = api().as("worker-1");
        ApiClient.Response report = companyA.post("/api/v1/reports", ReportBodies.flash());
        String caseId = report.text("caseId");
        String taskId = TaskQueue.find(worker, "group", caseId, "triage").orElseThrow().path("id").asText();
        assertThat(worker.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        ApiClient.Response completed = worker.post("/api/v1/tasks/" + taskId + "/complete", Map.of(
                "severity", 2, "category", "RANSOMWARE", "decision", "REQUEST_INFORMATION",
                "rationale", "侵入経路が不明", "question", "侵入経路を教えてください。"));
        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        JsonNode requests = companyA.get("/api/v1/reports/" + report.text("id")).json().path("requests");
        assertThat(requests).hasSize(1);
        return requests.get(0).path("id").asText();
    }
}
