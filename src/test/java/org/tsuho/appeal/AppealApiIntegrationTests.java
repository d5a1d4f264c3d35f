package org.tsuho.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertInvalidFields;
import static org.tsuho.support.ApiAssertions.assertProblem;
import static org.tsuho.support.PenaltyTrack.SUPERVISOR_1;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.enforcement.NoticeType;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.intake.Intake;
import org.tsuho.support.ApiClient;
import org.tsuho.support.PenaltyTrack;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;

/**
 * Appeals over HTTP as the company and the regulator's staff use them: filing against the company's own
 * disposition only, the examiner's assignment and its independence, the rebuttal while under examination, the
 * ruling by a supervisor who did not decide the disposition, and the RULING notice the company then reads.
 */
@TsuhoIntegrationTest
class AppealApiIntegrationTests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @LocalServerPort
    int port;
    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;
    @Autowired
    ProceedingViews proceedings;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;

    PenaltyTrack track;
    ApiClient companyA;
    ApiClient companyB;
    ApiClient worker;
    ApiClient supervisor1;
    ApiClient supervisor2;
    ApiClient examiner;

    @BeforeEach
    void signIn() {
        track = new PenaltyTrack(intake, tasks, proceedings, runtime, taskService, management);
        companyA = ApiClient.on(port).as("company-a");
        companyB = ApiClient.on(port).as("company-b");
        worker = ApiClient.on(port).as("worker-1");
        supervisor1 = ApiClient.on(port).as("supervisor-1");
        supervisor2 = ApiClient.on(port).as("supervisor-2");
        examiner = ApiClient.on(port).as("examiner-1");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void fromAppealToRevocationOverHttp() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        String caseId = proceedings.get(order.proceedingId()).caseId().toString();

        ApiClient.Response filed = companyA.post("/api/v1/appeals", appeal(order.id().toString(), learned(order), null));
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        JsonNode appeal = filed.json();
        String id = appeal.path("id").asText();
        assertThat(filed.header("Location")).hasValue("/api/v1/appeals/" + id);
        assertThat(appeal.path("number").asText()).matches("A-\\d{4}-\\d{6}");
        assertThat(appeal.path("status").asText()).isEqualTo("AWAITING_EXAMINER");
        assertThat(appeal.path("timely").asBoolean()).isTrue();
        assertThat(LocalDate.parse(appeal.path("deadline").asText())).isAfterOrEqualTo(LocalDate.parse(learned(order)).plusMonths(3));
        assertProblem(companyB.get("/api/v1/appeals/" + id), 404);
        assertThat(supervisor1.get("/api/v1/appeals/" + id).status()).isEqualTo(200);
        assertThat(listed(companyA, id)).as("the company's own list, page by page").isTrue();
        assertThat(listed(supervisor1, id)).isTrue();
        assertThat(listed(companyB, id)).as("another company's appeal").isFalse();
        assertProblem(companyA.get("/api/v1/appeals?cursor=bm90LWEtY3Vyc29y"), 400);
        assertProblem(companyA.post("/api/v1/appeals/" + id + "/submissions", Map.of("text", "早すぎる反論")), 409);

        // The supervisor who decided the disposition cannot examine it; examiner-1 can.
        String assign = claim(supervisor1, "group", caseId, "assign-examiner");
        JsonNode refused = assertProblem(complete(supervisor1, assign, Map.of("examiner", "supervisor-1", "dismissAsUntimely", false)), 403);
        assertThat(refused.path("detail").asText()).contains("Independence", "行政不服審査法 第9条第2項");
        assertThat(complete(supervisor1, assign, Map.of("examiner", "examiner-1", "dismissAsUntimely", false)).status()).isEqualTo(200);
        JsonNode assigned = companyA.get("/api/v1/appeals/" + id).json();
        assertThat(assigned.path("examiner").asText()).isEqualTo("examiner-1");
        assertThat(assigned.path("status").asText()).isEqualTo("UNDER_EXAMINATION");

        // The company's rebuttal, while under examination.
        assertThat(assertInvalidFields(companyA.post("/api/v1/appeals/" + id + "/submissions", Map.of("text", " ")))).containsExactly("text");
        assertProblem(companyB.post("/api/v1/appeals/" + id + "/submissions", Map.of("text", "他社")), 404);
        assertProblem(worker.post("/api/v1/appeals/" + id + "/submissions", Map.of("text", "職員")), 403);
        assertThat(companyA.post("/api/v1/appeals/" + id + "/submissions", Map.of("text", "弁明書には事実誤認がある。")).status()).isEqualTo(201);

        String examine = TaskQueue.find(examiner, "mine", caseId, "examine-appeal").orElseThrow().path("id").asText();
        assertThat(assertInvalidFields(complete(examiner, examine, Map.of("opinion", "意見", "recommendedRuling", "MAYBE"))))
                .containsExactly("recommendedRuling");
        // Exactly api.md's body: the agency statement is optional.
        assertThat(complete(examiner, examine, Map.of("opinion", "取り消すべきである。",
                "recommendedRuling", "GRANTED_REVOKED")).status()).isEqualTo(200);
        assertProblem(companyA.post("/api/v1/appeals/" + id + "/submissions", Map.of("text", "遅い反論")), 409);

        // The ruling: not by the supervisor who decided the disposition.
        String rule = claim(supervisor1, "group", caseId, "rule-appeal");
        JsonNode decider = assertProblem(complete(supervisor1, rule, Map.of("ruling", "REJECTED", "reasons", "理由")), 403);
        assertThat(decider.path("detail").asText()).contains("Separation of duties");
        assertThat(supervisor1.post("/api/v1/tasks/" + rule + "/unclaim").status()).isEqualTo(200);
        String ruleAgain = claim(supervisor2, "group", caseId, "rule-appeal");
        assertThat(complete(supervisor2, ruleAgain, Map.of("ruling", "GRANTED_REVOKED", "reasons", "周知に不備があった。")).status())
                .isEqualTo(200);

        JsonNode ruled = companyA.get("/api/v1/appeals/" + id).json();
        assertThat(ruled.path("status").asText()).isEqualTo("RULED");
        assertThat(ruled.path("ruling").asText()).isEqualTo("GRANTED_REVOKED");
        assertThat(ruled.path("ruledAt").asText()).endsWith("Z");
        String rulingId = ruled.path("rulingNoticeId").asText();
        JsonNode ruling = companyA.get("/api/v1/notices/" + rulingId).json();
        assertThat(ruling.path("type").asText()).isEqualTo("RULING");
        assertThat(ruling.path("text").asText()).contains("裁決書", "取り消す", "6か月以内");
        assertThat(StreamSupport.stream(companyA.get("/api/v1/notices?limit=200").json().path("items").spliterator(), false)
                .map(n -> n.path("id").asText())).contains(rulingId);
        ApiClient.Response pdf = companyA.get("/api/v1/notices/" + rulingId + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertProblem(companyB.get("/api/v1/notices/" + rulingId), 404);
        assertThat(worker.get("/api/v1/proceedings/" + order.proceedingId()).json().path("status").asText()).isEqualTo("REVOKED");
        assertThat(TaskQueue.ofCase(supervisor1, "group", caseId)).noneMatch(t -> t.path("taskKey").asText().equals("decide-referral"));
    }

    /** Follows {@code nextCursor} two at a time, as api.md's lists are read, until the appeal is found or the list ends. */
    private static boolean listed(ApiClient client, String appealId) {
        String cursor = null;
        do {
            JsonNode page = client.get("/api/v1/appeals?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
            for (JsonNode item : page.path("items")) {
                if (item.path("id").asText().equals(appealId)) {
                    return true;
                }
            }
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return false;
    }

    @Test
    void onlyTheCompanysOwnDispositionCanBeAppealed() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        NoticeView intended = proceedings.get(order.proceedingId()).notices().stream()
                .filter(n -> n.type() == NoticeType.INTENDED_DISPOSITION).findFirst().orElseThrow();

        JsonNode notDisposition = assertProblem(companyA.post("/api/v1/appeals", appeal(intended.id().toString(), learned(order), null)), 409);
        assertThat(notDisposition.path("detail").asText()).contains("DISPOSITION");
        assertProblem(companyB.post("/api/v1/appeals", appeal(order.id().toString(), learned(order), null)), 404);
        assertProblem(companyA.post("/api/v1/appeals", appeal("00000000-0000-0000-0000-000000000000", learned(order), null)), 404);
        assertProblem(worker.post("/api/v1/appeals", appeal(order.id().toString(), learned(order), null)), 403);
        assertThat(assertInvalidFields(companyA.post("/api/v1/appeals", Map.of()))).containsExactlyInAnyOrder("noticeId", "learnedOn", "grounds");
        assertThat(assertInvalidFields(companyA.post("/api/v1/appeals", appeal("not-a-uuid", "2026-02-30", null))))
                .containsExactlyInAnyOrder("noticeId", "learnedOn");
        String dayBefore = LocalDate.parse(learned(order)).minusDays(1).toString();
        assertThat(assertInvalidFields(companyA.post("/api/v1/appeals", appeal(order.id().toString(), dayBefore, null))))
                .containsExactly("learnedOn");

        assertThat(companyA.post("/api/v1/appeals", appeal(order.id().toString(), learned(order), null)).status()).isEqualTo(201);
        assertProblem(companyA.post("/api/v1/appeals", appeal(order.id().toString(), learned(order), null)), 409);
    }

    private static Map<String, Object> appeal(String noticeId, String learnedOn, String lateReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("noticeId", noticeId);
        body.put("learnedOn", learnedOn);
        body.put("grounds", "処分の前提となる事実に誤りがある。");
        body.put("lateReason", lateReason);
        return body;
    }

    private static String learned(NoticeView notice) {
        return notice.issuedAt().atZone(JAPAN).toLocalDate().toString();
    }

    private static String claim(ApiClient staff, String scope, String caseId, String taskKey) {
        String id = TaskQueue.find(staff, scope, caseId, taskKey).orElseThrow(() -> new AssertionError(taskKey + " not queued"))
                .path("id").asText();
        ApiClient.Response claimed = staff.post("/api/v1/tasks/" + id + "/claim");
        assertThat(claimed.status()).as("%s", claimed).isEqualTo(200);
        return id;
    }

    private static ApiClient.Response complete(ApiClient staff, String taskId, Map<String, Object> body) {
        return staff.post("/api/v1/tasks/" + taskId + "/complete", body);
    }
}
