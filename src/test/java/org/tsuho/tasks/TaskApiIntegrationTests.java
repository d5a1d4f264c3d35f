package org.tsuho.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertInvalidFields;
import static org.tsuho.support.ApiAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.deadline.Rulebook;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/** The triage life cycle through {@code /api/v1/tasks}, {@code /api/v1/requests} and {@code /api/v1/cases}. */
@TsuhoIntegrationTest
class TaskApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Rulebook rulebook;

    ApiClient companyA;
    ApiClient worker1;
    ApiClient worker2;

    @BeforeEach
    void signIn() {
        companyA = ApiClient.on(port).as("company-a");
        worker1 = ApiClient.on(port).as("worker-1");
        worker2 = ApiClient.on(port).as("worker-2");
    }

    @Test
    void aNewReportsTriageTaskWaitsInTheCaseWorkersQueueWithEveryField() {
        ApiClient.Response report = companyA.post("/api/v1/reports", ReportBodies.flash());

        JsonNode task = TaskQueue.find(worker1, "group", report.text("caseId"), "triage").orElseThrow();

        assertThat(task.path("id").asText()).isNotBlank();
        assertThat(task.path("taskKey").asText()).isEqualTo("triage");
        assertThat(task.path("name").asText()).isNotBlank();
        assertThat(task.path("caseNumber").asText()).isEqualTo(report.text("caseNumber"));
        assertThat(task.path("receiptNumber").asText()).isEqualTo(report.text("receiptNumber"));
        assertThat(task.path("companyName").asText()).isEqualTo("東和電力株式会社");
        assertThat(task.path("sector").asText()).isEqualTo("ELECTRICITY");
        assertThat(task.has("severity")).isTrue();
        assertThat(task.path("severity").isNull()).isTrue();
        assertThat(task.path("createdAt").asText()).endsWith("Z");
        assertThat(task.path("dueAt").asText()).endsWith("Z");
        assertThat(Instant.parse(task.path("dueAt").asText())).isAfter(Instant.parse(task.path("createdAt").asText()));
        assertThat(task.path("overdue").asBoolean()).isFalse();
        assertThat(task.has("assignee")).isTrue();
        assertThat(task.path("assignee").isNull()).isTrue();
        assertThat(TaskQueue.find(worker1, "mine", report.text("caseId"), "triage")).isEmpty();
    }

    @Test
    void claimingMovesTheTaskToMyQueueAndStartsTriage() {
        String caseId = companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId");
        String taskId = triageTaskOf(caseId);

        ApiClient.Response claimed = worker1.post("/api/v1/tasks/" + taskId + "/claim");

        assertThat(claimed.status()).as("%s", claimed).isEqualTo(200);
        assertThat(claimed.text("assignee")).isEqualTo("worker-1");
        assertThat(TaskQueue.find(worker1, "mine", caseId, "triage")).isPresent();
        assertThat(TaskQueue.find(worker1, "group", caseId, "triage")).isEmpty();
        assertThat(TaskQueue.find(worker2, "group", caseId, "triage")).isEmpty();
        assertThat(caseStatus(caseId)).isEqualTo("TRIAGE");
        assertThat(worker1.post("/api/v1/tasks/" + taskId + "/claim").status()).as("claiming one's own task again").isEqualTo(200);
    }

    @Test
    void someoneElsesTaskCanBeNeitherClaimedNorCompleted() {
        String caseId = companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId");
        String taskId = triageTaskOf(caseId);
        worker1.post("/api/v1/tasks/" + taskId + "/claim");

        assertProblem(worker2.post("/api/v1/tasks/" + taskId + "/claim"), 409);
        assertProblem(worker2.post("/api/v1/tasks/" + taskId + "/complete", close()), 409);
        assertProblem(worker2.post("/api/v1/tasks/" + taskId + "/unclaim"), 409);
        assertThat(TaskQueue.find(worker1, "mine", caseId, "triage")).isPresent();
    }

    @Test
    void anUnclaimedTaskCannotBeCompleted() {
        String taskId = triageTaskOf(companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId"));

        assertProblem(worker1.post("/api/v1/tasks/" + taskId + "/complete", close()), 409);
    }

    @Test
    void unclaimingPutsTheTaskBackIntoTheGroupQueue() {
        String caseId = companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId");
        String taskId = triageTaskOf(caseId);
        worker1.post("/api/v1/tasks/" + taskId + "/claim");

        ApiClient.Response unclaimed = worker1.post("/api/v1/tasks/" + taskId + "/unclaim");

        assertThat(unclaimed.status()).as("%s", unclaimed).isEqualTo(200);
        assertThat(unclaimed.json().path("assignee").isNull()).isTrue();
        assertThat(TaskQueue.find(worker2, "group", caseId, "triage")).isPresent();
        assertThat(TaskQueue.find(worker1, "mine", caseId, "triage")).isEmpty();
        assertThat(worker2.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
    }

    @Test
    void tasksOfOtherRolesAreNotFound() {
        String taskId = triageTaskOf(companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId"));

        assertProblem(ApiClient.on(port).as("police-liaison").post("/api/v1/tasks/" + taskId + "/claim"), 404);
        assertProblem(ApiClient.on(port).as("supervisor-1").get("/api/v1/tasks/" + taskId), 404);
        assertProblem(worker1.post("/api/v1/tasks/no-such-task/claim"), 404);
    }

    @Test
    void anInvalidTriageDecisionListsEveryBadField() {
        String taskId = claimedTriageTask();

        assertThat(fieldsOf(taskId, triage(9, "RANSOMWARE", "CLOSE", "理由"))).containsExactly("severity");
        assertThat(fieldsOf(taskId, triage(-1, "RANSOMWARE", "CLOSE", "理由"))).containsExactly("severity");
        assertThat(fieldsOf(taskId, triage(1, "PHISHING", "CLOSE", "理由"))).containsExactly("category");
        assertThat(fieldsOf(taskId, triage(1, "RANSOMWARE", "MAYBE", "理由"))).containsExactly("decision");
        assertThat(fieldsOf(taskId, triage(1, "RANSOMWARE", "CLOSE", null))).containsExactly("rationale");
        assertThat(fieldsOf(taskId, triage(1, "RANSOMWARE", "REQUEST_INFORMATION", "理由"))).containsExactly("question");
        Map<String, Object> escalate = triage(4, "RANSOMWARE", "ESCALATE", "理由");
        assertThat(fieldsOf(taskId, escalate)).containsExactly("escalation");
        escalate.put("escalation", Map.of("criteria", List.of("NATIONAL_IMPACT"), "emergency", false));
        assertThat(fieldsOf(taskId, escalate)).containsExactly("escalation.targets");
        escalate.put("escalation", Map.of("targets", List.of("FBI"), "criteria", List.of("NATIONAL_IMPACT")));
        assertThat(fieldsOf(taskId, escalate)).containsExactly("escalation.targets[0]");
        assertThat(fieldsOf(taskId, triage(null, null, null, " "))).containsExactlyInAnyOrder("severity", "category", "decision", "rationale");

        Map<String, Object> wrongType = triage(1, "RANSOMWARE", "CLOSE", "理由");
        wrongType.put("severity", "high");
        assertThat(fieldsOf(taskId, wrongType)).containsExactly("severity");
        assertThat(fieldsOf(taskId, triage(1, "RANSOMWARE", "CLOSE", "誤検知\u0000"))).containsExactly("rationale");
        assertProblem(worker1.post("/api/v1/tasks/" + taskId + "/complete", "[]"), 400);
        assertProblem(worker1.post("/api/v1/tasks/" + taskId + "/complete", "{\"severity\": "), 400);

        assertThat(worker1.get("/api/v1/tasks/" + taskId).text("assignee")).as("the task is still open and mine").isEqualTo("worker-1");
    }

    @Test
    void aRequestForInformationGoesToTheCompanyAndItsAnswerReopensTriage() {
        ApiClient.Response report = companyA.post("/api/v1/reports", ReportBodies.flash());
        String caseId = report.text("caseId");
        String taskId = claim(triageTaskOf(caseId));
        Instant asked = Instant.now();

        Map<String, Object> decision = triage(2, "RANSOMWARE", "REQUEST_INFORMATION", "侵入経路が不明");
        decision.put("question", "侵入経路と影響範囲を教えてください。");
        ApiClient.Response completed = worker1.post("/api/v1/tasks/" + taskId + "/complete", decision);

        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        assertThat(caseStatus(caseId)).isEqualTo("AWAITING_INFORMATION");
        assertThat(TaskQueue.ofCase(worker1, "mine", caseId)).isEmpty();
        assertThat(TaskQueue.ofCase(worker1, "group", caseId)).isEmpty();

        ApiClient.Response seen = companyA.get("/api/v1/reports/" + report.text("id"));
        assertThat(seen.text("caseStatus")).isEqualTo("AWAITING_INFORMATION");
        JsonNode request = seen.json().path("requests").get(0);
        assertThat(request.path("question").asText()).isEqualTo("侵入経路と影響範囲を教えてください。");
        assertThat(request.path("askedAt").asText()).endsWith("Z");
        assertThat(Instant.parse(request.path("dueAt").asText()))
                .isEqualTo(rulebook.answerDue(Instant.parse(request.path("askedAt").asText())));
        assertThat(Instant.parse(request.path("askedAt").asText())).isAfterOrEqualTo(asked.minusSeconds(5));
        assertThat(request.path("answer").isNull()).isTrue();
        assertThat(request.path("answeredAt").isNull()).isTrue();

        String requestId = request.path("id").asText();
        assertThat(assertInvalidFields(companyA.post("/api/v1/requests/" + requestId + "/answer", Map.of("answer", " "))))
                .containsExactly("answer");
        assertThat(assertInvalidFields(companyA.post("/api/v1/requests/" + requestId + "/answer", Map.of("answer", "a\u0000b"))))
                .containsExactly("answer");
        ApiClient.Response answered = companyA.post("/api/v1/requests/" + requestId + "/answer",
                Map.of("answer", "VPN 機器の脆弱性から侵入。影響はサーバ 3 台。"));
        assertThat(answered.status()).as("%s", answered).isEqualTo(200);
        assertThat(answered.text("answer")).isEqualTo("VPN 機器の脆弱性から侵入。影響はサーバ 3 台。");
        assertThat(answered.text("answeredAt")).endsWith("Z");

        assertProblem(companyA.post("/api/v1/requests/" + requestId + "/answer", Map.of("answer", "もう一度")), 409);

        assertThat(caseStatus(caseId)).isEqualTo("TRIAGE");
        JsonNode next = TaskQueue.find(worker1, "group", caseId, "triage").orElseThrow();
        assertThat(next.path("id").asText()).isNotEqualTo(taskId);
        assertThat(next.path("severity").asInt()).as("the assessed severity").isEqualTo(2);
        JsonNode requests = companyA.get("/api/v1/reports/" + report.text("id")).json().path("requests");
        assertThat(requests.get(0).path("answer").asText()).startsWith("VPN");
    }

    @Test
    void closingEndsTheCaseAndItsTasks() {
        ApiClient.Response report = companyA.post("/api/v1/reports", ReportBodies.flash());
        String caseId = report.text("caseId");
        String caseNumber = report.text("caseNumber");
        String taskId = claim(triageTaskOf(caseId));

        ApiClient.Response completed = worker1.post("/api/v1/tasks/" + taskId + "/complete", close());

        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        assertThat(TaskQueue.ofCase(worker1, "mine", caseId)).isEmpty();
        assertThat(TaskQueue.ofCase(worker1, "group", caseId)).isEmpty();
        assertProblem(worker1.post("/api/v1/tasks/" + taskId + "/complete", close()), 404);

        ApiClient.Response kase = worker1.get("/api/v1/cases/" + caseId);
        assertThat(kase.status()).as("%s", kase).isEqualTo(200);
        JsonNode detail = kase.json();
        assertThat(detail.path("id").asText()).isEqualTo(caseId);
        assertThat(detail.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(detail.path("status").asText()).isEqualTo("CLOSED");
        assertThat(detail.path("company").path("id").asText()).isEqualTo("9010401012345");
        assertThat(detail.path("company").path("name").asText()).isEqualTo("東和電力株式会社");
        assertThat(detail.path("company").path("sector").asText()).isEqualTo("ELECTRICITY");
        assertThat(detail.path("severity").asInt()).isEqualTo(1);
        assertThat(detail.path("category").asText()).isEqualTo("OTHER");
        assertThat(detail.path("reports")).hasSize(1);
        assertThat(detail.path("reports").get(0).path("receiptNumber").asText()).isEqualTo(report.text("receiptNumber"));
        assertThat(detail.path("openTasks").isArray()).isTrue();
        assertThat(detail.path("openTasks")).isEmpty();
        assertThat(detail.path("referrals").isArray()).isTrue();
        assertThat(detail.path("proceedings").isArray()).isTrue();
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : detail.path("timeline")) {
            assertThat(entry.path("at").asText()).endsWith("Z");
            assertThat(entry.has("actor")).isTrue();
            assertThat(entry.has("detail")).isTrue();
            actions.add(entry.path("action").asText());
        }
        assertThat(actions).containsSubsequence("REPORT_RECEIVED", "TASK_CLAIMED", "TRIAGE_STARTED", "TRIAGED", "CASE_CLOSED");

        assertThat(ids(worker1.get("/api/v1/cases?q=" + caseNumber))).containsExactly(caseId);
        assertThat(ids(worker1.get("/api/v1/cases?q=" + report.text("receiptNumber")))).containsExactly(caseId);
        assertThat(ids(worker1.get("/api/v1/cases?status=CLOSED&q=" + caseNumber))).containsExactly(caseId);
        assertThat(ids(worker1.get("/api/v1/cases?status=TRIAGE&q=" + caseNumber))).isEmpty();
        assertThat(ids(worker1.get("/api/v1/cases?sector=ELECTRICITY&q=" + caseNumber))).containsExactly(caseId);
        assertThat(ids(worker1.get("/api/v1/cases?sector=FINANCE&q=" + caseNumber))).isEmpty();
        assertThat(allCases("/api/v1/cases?status=CLOSED")).contains(caseId);
        assertThat(companyA.get("/api/v1/reports/" + report.text("id")).text("caseStatus")).isEqualTo("CLOSED");
    }

    @Test
    void anOpenCaseShowsItsOpenTasks() {
        ApiClient.Response report = companyA.post("/api/v1/reports", ReportBodies.flash());
        String caseId = report.text("caseId");
        String taskId = claim(triageTaskOf(caseId));

        JsonNode detail = worker1.get("/api/v1/cases/" + caseId).json();

        assertThat(detail.path("openTasks")).hasSize(1);
        assertThat(detail.path("openTasks").get(0).path("id").asText()).isEqualTo(taskId);
        assertThat(detail.path("openTasks").get(0).path("taskKey").asText()).isEqualTo("triage");
        assertThat(detail.path("openTasks").get(0).path("assignee").asText()).isEqualTo("worker-1");
        assertThat(ApiClient.on(port).as("oversight-1").get("/api/v1/cases/" + caseId).status()).as("oversight reads cases").isEqualTo(200);
    }

    @Test
    void anEscalationProposalWaitsForApproval() {
        String caseId = companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId");
        String taskId = claim(triageTaskOf(caseId));
        Map<String, Object> escalate = triage(4, "RANSOMWARE", "ESCALATE", "攻撃基盤が稼働中");
        escalate.put("escalation", Map.of("targets", List.of("POLICE"), "criteria", List.of("ONGOING_ATTACK_INFRASTRUCTURE"),
                "emergency", false));

        ApiClient.Response completed = worker1.post("/api/v1/tasks/" + taskId + "/complete", escalate);

        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        assertThat(caseStatus(caseId)).isEqualTo("ESCALATION_PENDING");
    }

    @Test
    void listParametersAreChecked() {
        for (String path : List.of("/api/v1/tasks?scope=group&limit=0", "/api/v1/tasks?scope=group&limit=201",
                "/api/v1/cases?limit=0", "/api/v1/cases?limit=201")) {
            assertThat(assertInvalidFields(worker1.get(path))).as(path).containsExactly("limit");
        }
        for (String path : List.of("/api/v1/tasks?scope=group&cursor=%25%25%25", "/api/v1/cases?cursor=bm90LWEtY3Vyc29y",
                "/api/v1/cases?cursor=MTIzfG5vdC1hLXV1aWQ")) {
            assertThat(assertInvalidFields(worker1.get(path))).as(path).containsExactly("cursor");
        }
        for (String resource : List.of("/api/v1/tasks?scope=group&", "/api/v1/cases?")) {
            for (long millis : new long[] {Long.MAX_VALUE, Long.MIN_VALUE}) {
                String forged = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString((millis + "|00000000-0000-0000-0000-000000000000").getBytes(StandardCharsets.UTF_8));
                assertThat(assertInvalidFields(worker1.get(resource + "cursor=" + forged))).as(resource).containsExactly("cursor");
            }
        }
        assertThat(assertInvalidFields(worker1.get("/api/v1/cases?q=" + ApiClient.q("C-2026\u0000")))).containsExactly("q");
        assertThat(assertInvalidFields(worker1.get("/api/v1/cases?sector=" + ApiClient.q("FINANCE\u0000")))).containsExactly("sector");
        assertThat(assertInvalidFields(worker1.get("/api/v1/tasks?scope=everything"))).containsExactly("scope");
        assertThat(assertInvalidFields(worker1.get("/api/v1/cases?status=OPEN"))).containsExactly("status");
        assertProblem(worker1.get("/api/v1/cases/not-a-case"), 400);
        assertProblem(worker1.get("/api/v1/cases/00000000-0000-0000-0000-000000000000"), 404);
    }

    @Test
    void queuesArePagedWithACursor() {
        for (int i = 0; i < 3; i++) {
            companyA.post("/api/v1/reports", ReportBodies.flash());
        }
        ApiClient.Response first = worker1.get("/api/v1/tasks?scope=group&limit=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("items")).hasSize(2);
        String cursor = first.text("nextCursor");
        assertThat(cursor).isNotBlank();

        ApiClient.Response second = worker1.get("/api/v1/tasks?scope=group&limit=2&cursor=" + ApiClient.q(cursor));

        assertThat(second.status()).isEqualTo(200);
        List<String> firstIds = ids(first);
        assertThat(ids(second)).isNotEmpty().doesNotContainAnyElementsOf(firstIds);
    }

    @Test
    void aWrongMethodOnATaskIsAProblem() {
        String taskId = triageTaskOf(companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId"));

        assertProblem(worker1.get("/api/v1/tasks/" + taskId + "/claim"), 405);
    }

    @Test
    void aCompanyUserCannotCompleteATask() {
        String taskId = claimedTriageTask();

        assertProblem(companyA.post("/api/v1/tasks/" + taskId + "/complete", close()), 403);
        assertProblem(companyA.post("/api/v1/tasks/" + taskId + "/claim"), 403);
    }

    private String claimedTriageTask() {
        return claim(triageTaskOf(companyA.post("/api/v1/reports", ReportBodies.flash()).text("caseId")));
    }

    private String triageTaskOf(String caseId) {
        return TaskQueue.find(worker1, "group", caseId, "triage").orElseThrow().path("id").asText();
    }

    private String claim(String taskId) {
        ApiClient.Response claimed = worker1.post("/api/v1/tasks/" + taskId + "/claim");
        assertThat(claimed.status()).as("%s", claimed).isEqualTo(200);
        return taskId;
    }

    private List<String> fieldsOf(String taskId, Object body) {
        return assertInvalidFields(worker1.post("/api/v1/tasks/" + taskId + "/complete", body));
    }

    private String caseStatus(String caseId) {
        return worker1.get("/api/v1/cases/" + caseId).text("status");
    }

    private List<String> allCases(String path) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = worker1.get(path + "&limit=200" + (cursor == null ? "" : "&cursor=" + ApiClient.q(cursor)));
            assertThat(page.status()).isEqualTo(200);
            all.addAll(ids(page));
            cursor = page.text("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static List<String> ids(ApiClient.Response page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static Map<String, Object> close() {
        return triage(1, "OTHER", "CLOSE", "誤検知と判断");
    }

    private static Map<String, Object> triage(Integer severity, String category, String decision, String rationale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("severity", severity);
        body.put("category", category);
        body.put("decision", decision);
        body.put("rationale", rationale);
        return body;
    }
}
