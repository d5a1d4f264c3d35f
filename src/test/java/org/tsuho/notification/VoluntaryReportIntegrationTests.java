package org.tsuho.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsuho.support.RegistryFixtures.companyAccount;
import static org.tsuho.support.RegistryFixtures.newCorporateNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.registry.OperatorInput;
import org.tsuho.registry.Operators;
import org.tsuho.registry.Registry;
import org.tsuho.registry.RegistryChanges;
import org.tsuho.registry.RegistryEntry;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Reports from an operator that is not designated are accepted as voluntary reports (任意報告): marked so on the
 * report and the case, never flagged for a missing notification, and never lead to a proceeding.
 */
@TsuhoIntegrationTest
class VoluntaryReportIntegrationTests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Operators operators;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Registry registry;
    @Autowired
    Intake intake;

    @Test
    void aReportFromAnOperatorNeverDesignatedIsVoluntaryAndNeverLeadsToAProceeding() {
        String company = companyAccount(operators, accounts, passwords.encode("demo"), newCorporateNumber(), false);

        JsonNode report = flash(company, List.of(unique("未届出サーバ")));

        assertThat(report.path("voluntary").asBoolean()).isTrue();
        assertThat(as(company).getForObject("/api/v1/reports/" + report.path("id").asText(), JsonNode.class).path("voluntary").asBoolean())
                .isTrue();
        JsonNode kase = caseOf(report);
        assertThat(kase.path("voluntary").asBoolean()).isTrue();
        assertThat(kase.path("timeline").findValuesAsText("action")).contains("VOLUNTARY_REPORT").doesNotContain("MISSING_NOTIFICATION");
        assertThat(kase.path("missingNotification").path("flagged").asBoolean()).as("no duty to notify, nothing missing").isFalse();
        assertThat(as("worker-1").postForEntity("/api/v1/cases/" + report.path("caseId").asText() + "/missing-notification-proceeding",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        String task = triageTask(report.path("caseId").asText());
        assertThat(as("worker-1").postForEntity("/api/v1/tasks/" + task + "/claim", null, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> refused = as("worker-1").postForEntity("/api/v1/tasks/" + task + "/complete",
                json(triage("OPEN_PROCEEDING")), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("decision");
        assertThat(refused.getBody().path("errors").get(0).path("code").asText()).isEqualTo("error.voluntaryReporter");
        assertThat(as("worker-1").postForEntity("/api/v1/tasks/" + task + "/complete", json(triage("CLOSE")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(caseOf(report).path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void aReportAfterTheDesignationWasWithdrawnIsVoluntaryAndEarlierOnesStayAsTheyWere() {
        String number = newCorporateNumber();
        String company = companyAccount(operators, accounts, passwords.encode("demo"), number, true);
        JsonNode owed = flash(company, List.of());
        assertThat(owed.path("voluntary").asBoolean()).isFalse();
        assertThat(caseOf(owed).path("voluntary").asBoolean()).isFalse();

        RegistryEntry entry = registry.get(number);
        registry.update("admin", number, new OperatorInput(number, entry.nameJa(), entry.nameEn(), entry.sector(), entry.ministry(), null,
                "WITHDRAWN", List.of()), RegistryChanges.Source.API);
        JsonNode after = flash(company, List.of());

        assertThat(after.path("voluntary").asBoolean()).isTrue();
        assertThat(caseOf(after).path("voluntary").asBoolean()).isTrue();
        assertThat(as(company).getForObject("/api/v1/reports/" + owed.path("id").asText(), JsonNode.class).path("voluntary").asBoolean())
                .as("filed while designated").isFalse();
    }

    @Test
    void aDesignatedOperatorsReportIsNotVoluntary() {
        JsonNode report = flash("company-a", List.of());
        assertThat(report.path("voluntary").asBoolean()).isFalse();
        assertThat(caseOf(report).path("timeline").findValuesAsText("action")).doesNotContain("VOLUNTARY_REPORT");
    }

    /** A Keycloak account names its operator by corporate number only; one the registry lacks cannot file yet. */
    @Test
    void anAccountOfAnOperatorTheRegistryDoesNotKnowIsRefused() {
        String number = newCorporateNumber();
        Actor stranger = new Actor("kc-" + number, "外部 報告担当", Set.of(Role.COMPANY), number);

        assertThatThrownBy(() -> intake.submit(stranger, submission(), null, null))
                .isInstanceOf(RefusedException.class).hasMessageContaining(number);

        registry.create("admin", new OperatorInput(number, "任意報告試験株式会社", null, "GAS", null, null, "NOT_DESIGNATED", List.of()),
                RegistryChanges.Source.SCREEN);
        assertThat(intake.submit(stranger, submission(), null, null).report().voluntary()).isTrue();
    }

    private static ReportSubmission submission() {
        return new ReportSubmission("INCIDENT", "FLASH", null, "DDOS", "DDoS " + UUID.randomUUID(), "Web site unreachable",
                OffsetDateTime.now(JAPAN).minusHours(1).toString(), null, null, List.of(), List.of(), null, false,
                new ReportSubmission.ContactInput("外部 担当", "soc@stranger.example", null));
    }

    /** Reads the queue page by page: the shared test database holds other tests' open tasks too, often more than a page. */
    private String triageTask(String caseId) {
        String cursor = null;
        do {
            JsonNode queue = as("worker-1").getForObject("/api/v1/tasks?scope=group&limit=200" + (cursor == null ? "" : "&cursor=" + cursor),
                    JsonNode.class);
            for (JsonNode item : queue.path("items")) {
                if (item.path("caseId").asText().equals(caseId) && item.path("taskKey").asText().equals("triage")) {
                    return item.path("id").asText();
                }
            }
            cursor = queue.path("nextCursor").isTextual() ? queue.path("nextCursor").asText() : null;
        } while (cursor != null);
        throw new AssertionError("no triage task for case " + caseId);
    }

    private static Map<String, Object> triage(String decision) {
        return Map.of("severity", 1, "category", "RANSOMWARE", "decision", decision, "rationale", "任意報告の確認");
    }

    private JsonNode flash(String company, List<String> systems) {
        ResponseEntity<JsonNode> filed = as(company).postForEntity("/api/v1/reports", json(Map.of("kind", "INCIDENT", "stage", "FLASH",
                "category", "RANSOMWARE", "title", "任意の報告 " + UUID.randomUUID(), "summary", "不審な暗号化",
                "awareAt", OffsetDateTime.now(JAPAN).minusHours(2).toString(), "affectedSystems", systems,
                "contact", Map.of("name", "鈴木 一郎", "email", "suzuki@example.jp"))), JsonNode.class);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        return filed.getBody();
    }

    private JsonNode caseOf(JsonNode report) {
        return as("worker-1").getForObject("/api/v1/cases/" + report.path("caseId").asText(), JsonNode.class);
    }

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, "demo");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
