package org.tsuho.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertInvalidFields;
import static org.tsuho.support.ApiAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TaskQueue;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The penalty track over HTTP as a company's system and the regulator's staff use it: a late report, the notice,
 * the explanation, the disposition and the penalty notice; separation of duties, the regime's rules, the fine's
 * range, the explanation period, and tenant isolation of notices.
 */
@TsuhoIntegrationTest
class ProceedingApiIntegrationTests {

    /** A case worker who is also a duty supervisor: the one person who could approve their own draft. */
    static final String DUTY_OFFICER = "duty-officer";
    static final String TOWA_ELECTRIC = "9010401012345";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PenaltyRegimes regimes;

    ApiClient companyA;
    ApiClient companyB;
    ApiClient worker;
    ApiClient supervisor;
    ApiClient oversight;

    @BeforeEach
    void signIn() {
        accounts.save(DUTY_OFFICER, passwords.encode("demo"), "当番責任者", Set.of(Role.CASE_WORKER, Role.SUPERVISOR), null);
        companyA = ApiClient.on(port).as("company-a");
        companyB = ApiClient.on(port).as("company-b");
        worker = ApiClient.on(port).as("worker-1");
        supervisor = ApiClient.on(port).as("supervisor-1");
        oversight = ApiClient.on(port).as("oversight-1");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        regimes.useRulebook();
    }

    @Test
    void theWholeTrackAsTheCompanyAndAsStaff() {
        JsonNode report = lateFlashReport();
        String caseId = report.path("caseId").asText();

        JsonNode kase = worker.get("/api/v1/cases/" + caseId).json();
        assertThat(kase.path("proceedings")).hasSize(1);
        String proceedingId = kase.path("proceedings").get(0).path("id").asText();
        JsonNode proceeding = worker.get("/api/v1/proceedings/" + proceedingId).json();
        assertThat(proceeding.path("number").asText()).matches("P-\\d{4}-\\d{6}");
        assertThat(proceeding.path("status").asText()).isEqualTo("OPEN");
        assertThat(proceeding.path("companyId").asText()).isEqualTo(TOWA_ELECTRIC);
        assertThat(proceeding.path("failures")).singleElement().satisfies(f -> {
            assertThat(f.path("type").asText()).isEqualTo("LATE_REPORT");
            assertThat(f.path("reference").asText()).isEqualTo(report.path("receiptNumber").asText());
            assertThat(f.path("dueAt").asText()).endsWith("Z");
        });
        assertThat(proceeding.path("notices")).isEmpty();

        // A case worker drafts the notice; the regime has no administrative fine, the period has a minimum.
        String prepare = claim(worker, caseId, "prepare-notice");
        assertThat(assertInvalidFields(complete(worker, prepare, notice("ADMINISTRATIVE_FINE", 10, 1_000_000L))))
                .containsExactly("disposition");
        assertThat(assertInvalidFields(complete(worker, prepare, notice("ORDER", 3, null)))).containsExactly("responseDays");
        assertThat(complete(worker, prepare, notice("ORDER", 10, null)).status()).isEqualTo(200);
        assertThat(complete(supervisor, claim(supervisor, caseId, "approve-notice"), Map.of("approved", true, "rationale", "適切")).status())
                .isEqualTo(200);

        // The company sees the notice with its deadline, as JSON and as a PDF; nobody else's company does.
        JsonNode notices = companyA.get("/api/v1/notices?limit=200").json();
        JsonNode intended = noticeOf(notices, proceedingId);
        String noticeId = intended.path("id").asText();
        assertThat(intended.path("type").asText()).isEqualTo("INTENDED_DISPOSITION");
        assertThat(intended.path("number").asText()).matches("N-\\d{4}-\\d{6}");
        assertThat(intended.path("disposition").asText()).isEqualTo("ORDER");
        assertThat(Instant.parse(intended.path("respondBy").asText())).isAfter(Instant.parse(intended.path("issuedAt").asText()));
        assertThat(intended.path("text").asText()).contains("東和電力株式会社", "弁明の機会の付与について（通知）", "弁明書の提出先及び提出期限");
        assertThat(intended.path("explanationOpen").asBoolean()).isTrue();
        ApiClient.Response pdf = companyA.get("/api/v1/notices/" + noticeId + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(oversight.get("/api/v1/notices/" + noticeId).status()).isEqualTo(200);
        assertProblem(companyB.get("/api/v1/notices/" + noticeId), 404);
        assertProblem(companyB.get("/api/v1/notices/" + noticeId + "/pdf"), 404);
        assertProblem(companyB.post("/api/v1/notices/" + noticeId + "/explanation", Map.of("text", "他社")), 404);
        assertThat(companyB.get("/api/v1/notices?limit=200").json().path("items").findValuesAsText("id")).doesNotContain(noticeId);

        // The written explanation (弁明書), once.
        assertThat(assertInvalidFields(companyA.post("/api/v1/notices/" + noticeId + "/explanation", Map.of("text", " "))))
                .containsExactly("text");
        ApiClient.Response explained = companyA.post("/api/v1/notices/" + noticeId + "/explanation",
                Map.of("text", "担当者の不在により速報が遅れました。再発防止策を講じています。"));
        assertThat(explained.status()).as("%s", explained).isEqualTo(201);
        assertThat(explained.text("submittedBy")).isEqualTo("company-a");
        assertProblem(companyA.post("/api/v1/notices/" + noticeId + "/explanation", Map.of("text", "追加の弁明")), 409);
        assertThat(companyA.get("/api/v1/notices/" + noticeId).json().path("explanationOpen").asBoolean()).isFalse();

        // A supervisor decides: no administrative fine under jp-acd, an order needs its compliance days.
        String decide = claim(supervisor, caseId, "decide-disposition");
        assertThat(assertInvalidFields(complete(supervisor, decide, Map.of("decision", "ADMINISTRATIVE_FINE", "reasons", "理由",
                "fineYen", 1_000_000)))).containsExactly("decision");
        assertThat(assertInvalidFields(complete(supervisor, decide, Map.of("decision", "ORDER", "reasons", "理由"))))
                .containsExactly("complianceDays");
        assertThat(complete(supervisor, decide, Map.of("decision", "ORDER", "reasons", "遅延が24時間を超えた。", "complianceDays", 14))
                .status()).isEqualTo(200);

        JsonNode decided = worker.get("/api/v1/proceedings/" + proceedingId).json();
        assertThat(decided.path("status").asText()).isEqualTo("COMPLIANCE_WATCH");
        assertThat(decided.path("explanation").path("text").asText()).contains("再発防止策");
        assertThat(decided.path("notices")).hasSize(2);
        JsonNode penalty = noticeOf(companyA.get("/api/v1/notices?limit=200").json(), proceedingId, "DISPOSITION");
        assertThat(penalty.path("disposition").asText()).isEqualTo("ORDER");
        assertThat(penalty.path("appealBy").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(penalty.path("complianceDueAt").asText()).endsWith("Z");
        assertThat(penalty.path("text").asText()).contains("処分通知書（命令）", "教示", "審査請求", "遅延が24時間を超えた。");
        assertProblem(companyA.post("/api/v1/notices/" + penalty.path("id").asText() + "/explanation", Map.of("text", "弁明")), 409);
        assertThat(worker.get("/api/v1/cases/" + caseId).json().path("proceedings").get(0).path("status").asText())
                .isEqualTo("COMPLIANCE_WATCH");
    }

    @Test
    void theApproverOfANoticeIsNotItsPreparer() {
        String caseId = lateFlashReport().path("caseId").asText();
        ApiClient duty = ApiClient.on(port).as(DUTY_OFFICER);
        assertThat(complete(duty, claim(duty, caseId, "prepare-notice"), notice("ORDER", 10, null)).status()).isEqualTo(200);

        JsonNode refused = assertProblem(complete(duty, claim(duty, caseId, "approve-notice"), Map.of("approved", true, "rationale", "自分で")), 403);

        assertThat(refused.path("detail").asText()).contains("Separation of duties", "prepared");
    }

    @Test
    void anExplanationAfterThePeriodIsAConflict() {
        String caseId = lateFlashReport().path("caseId").asText();
        complete(worker, claim(worker, caseId, "prepare-notice"), notice("ORDER", 10, null));
        complete(supervisor, claim(supervisor, caseId, "approve-notice"), Map.of("approved", true, "rationale", "適切"));
        String proceedingId = worker.get("/api/v1/cases/" + caseId).json().path("proceedings").get(0).path("id").asText();
        JsonNode intended = noticeOf(companyA.get("/api/v1/notices?limit=200").json(), proceedingId);

        ClockUtil.setCurrentTime(Date.from(Instant.parse(intended.path("respondBy").asText()).plusSeconds(1)));
        JsonNode late = assertProblem(companyA.post("/api/v1/notices/" + intended.path("id").asText() + "/explanation",
                Map.of("text", "期限後の弁明")), 409);

        assertThat(late.path("detail").asText()).contains("explanation period");
    }

    @Test
    void finesStayWithinTheCapTimesTheFailuresUnderTheAdministrativeFineRegime() {
        regimes.override(PenaltyRegime.ADMINISTRATIVE_FINE);
        String caseId = lateFlashReport().path("caseId").asText();
        String prepare = claim(worker, caseId, "prepare-notice");

        assertThat(assertInvalidFields(complete(worker, prepare, notice("ADMINISTRATIVE_FINE", 10, null)))).containsExactly("fineYen");
        assertThat(assertInvalidFields(complete(worker, prepare, notice("ADMINISTRATIVE_FINE", 10, 0L)))).containsExactly("fineYen");
        JsonNode tooHigh = assertProblem(complete(worker, prepare, notice("ADMINISTRATIVE_FINE", 10, 2_000_001L)), 400);
        assertThat(tooHigh.path("errors").get(0).path("message").asText()).contains("2,000,000");
        assertThat(assertInvalidFields(complete(worker, prepare, Map.of("disposition", "ADMINISTRATIVE_FINE", "facts", "事実",
                "legalBasis", "根拠", "responseDays", 10, "fineYen", "多額")))).containsExactly("fineYen");
        assertThat(complete(worker, prepare, notice("ADMINISTRATIVE_FINE", 10, 2_000_000L)).status()).isEqualTo(200);

        String proceedingId = worker.get("/api/v1/cases/" + caseId).json().path("proceedings").get(0).path("id").asText();
        JsonNode proceeding = worker.get("/api/v1/proceedings/" + proceedingId).json();
        assertThat(proceeding.path("regime").asText()).isEqualTo("administrative-fine");
        assertThat(proceeding.path("maxFineYen").asLong()).isEqualTo(2_000_000L);
        assertThat(proceeding.path("drafts").get(0).path("fineYen").asLong()).isEqualTo(2_000_000L);
    }

    @Test
    void caseWorkersOpenProceedingsAndFurtherRequestsJoinTheOpenOne() {
        ApiClient.Response report = companyA.post("/api/v1/reports", ReportBodies.flash());
        String caseId = report.text("caseId");
        Map<String, Object> body = Map.of("companyId", TOWA_ELECTRIC, "caseId", caseId, "grounds", "報告内容に重大な欠落がある。");

        ApiClient.Response opened = worker.post("/api/v1/proceedings", body);
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(opened.header("Location")).hasValue("/api/v1/proceedings/" + opened.text("id"));
        assertThat(opened.json().path("failures")).isEmpty();
        assertThat(opened.json().path("grounds").get(0).path("givenBy").asText()).isEqualTo("worker-1");
        assertThat(TaskQueue.find(worker, "group", caseId, "prepare-notice")).isPresent();

        ApiClient.Response again = ApiClient.on(port).as("worker-2").post("/api/v1/proceedings",
                Map.of("companyId", TOWA_ELECTRIC, "caseId", caseId, "grounds", "追加の根拠"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(opened.text("id"));
        assertThat(again.json().path("grounds")).hasSize(2);
        assertThat(worker.get("/api/v1/cases/" + caseId).json().path("proceedings")).hasSize(1);

        assertThat(assertInvalidFields(worker.post("/api/v1/proceedings", Map.of("companyId", "123", "caseId", "x"))))
                .containsExactly("companyId", "caseId", "grounds");
        assertThat(assertInvalidFields(worker.post("/api/v1/proceedings", Map.of("companyId", "9120001098765", "caseId", caseId,
                "grounds", "別会社")))).containsExactly("caseId");
        assertThat(assertInvalidFields(worker.post("/api/v1/proceedings", Map.of("companyId", TOWA_ELECTRIC,
                "caseId", "00000000-0000-4000-8000-000000000000", "grounds", "不明")))).containsExactly("caseId");
        assertProblem(supervisor.post("/api/v1/proceedings", body), 403);
        assertProblem(companyA.get("/api/v1/proceedings/" + opened.text("id")), 403);
        assertProblem(worker.get("/api/v1/proceedings/00000000-0000-4000-8000-000000000000"), 404);
    }

    private JsonNode lateFlashReport() {
        ObjectNode body = ReportBodies.flash().put("awareAt", ReportBodies.japanTime(Instant.now().minus(Duration.ofDays(2))));
        ApiClient.Response created = companyA.post("/api/v1/reports", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("late").asBoolean()).isTrue();
        return created.json();
    }

    private static Map<String, Object> notice(String disposition, int responseDays, Long fineYen) {
        Map<String, Object> body = new HashMap<>();
        body.put("disposition", disposition);
        body.put("facts", "速報が報告期限の24時間後に提出された。");
        body.put("legalBasis", "サイバー対処能力強化法 第5条、第6条");
        body.put("responseDays", responseDays);
        body.put("fineYen", fineYen);
        return body;
    }

    private static String claim(ApiClient staff, String caseId, String taskKey) {
        String id = TaskQueue.find(staff, "group", caseId, taskKey).orElseThrow(() -> new AssertionError(taskKey + " not queued"))
                .path("id").asText();
        ApiClient.Response claimed = staff.post("/api/v1/tasks/" + id + "/claim");
        assertThat(claimed.status()).as("%s", claimed).isEqualTo(200);
        return id;
    }

    private static ApiClient.Response complete(ApiClient staff, String taskId, Map<String, Object> body) {
        return staff.post("/api/v1/tasks/" + taskId + "/complete", body);
    }

    private static JsonNode noticeOf(JsonNode page, String proceedingId) {
        return noticeOf(page, proceedingId, "INTENDED_DISPOSITION");
    }

    private static JsonNode noticeOf(JsonNode page, String proceedingId, String type) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(n -> proceedingId.equals(n.path("proceedingId").asText()) && type.equals(n.path("type").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(type + " notice of " + proceedingId + " not listed"));
    }
}
