package org.tsuho.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * An incident report naming a system its operator never notified flags the case (timeline entry, and the flag in
 * the case API); a case worker opens a proceeding for the missing notification in one step.
 */
@TsuhoIntegrationTest
class MissingNotificationIntegrationTests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired
    TestRestTemplate rest;

    @Test
    void flagsSystemsNeverNotifiedAndOnlyThose() {
        String notified = unique("顧客管理システム");
        String never = unique("配電制御サーバ");
        notify("company-a", "Oracle Exadata X10M", List.of(notified));

        JsonNode flash = incident("company-a", "FLASH", null, List.of(notified.replace("顧客", "顧客 ").toUpperCase(), never));
        JsonNode kase = caseOf(flash);

        assertThat(kase.path("voluntary").asBoolean()).isFalse();
        assertThat(kase.path("missingNotification").path("flagged").asBoolean()).isTrue();
        assertThat(kase.path("missingNotification").path("systems")).singleElement().satisfies(system -> {
            assertThat(system.path("name").asText()).isEqualTo(never);
            assertThat(system.path("receiptNumber").asText()).isEqualTo(flash.path("receiptNumber").asText());
        });
        assertThat(timeline(kase, "MISSING_NOTIFICATION")).containsExactly(never);

        String another = unique("監視端末");
        incident("company-a", "DETAILED", flash.path("receiptNumber").asText(), List.of(never, another));
        kase = caseOf(flash);
        assertThat(kase.path("missingNotification").path("systems").findValuesAsText("name")).containsExactly(never, another);
        assertThat(timeline(kase, "MISSING_NOTIFICATION")).as("each system flagged once").containsExactly(never, another);

        JsonNode clean = caseOf(incident("company-a", "FLASH", null, List.of(notified)));
        assertThat(clean.path("missingNotification").path("flagged").asBoolean()).isFalse();
        assertThat(timeline(clean, "MISSING_NOTIFICATION")).isEmpty();
    }

    @Test
    void aCaseWorkerOpensAProceedingForTheMissingNotificationInOneStep() {
        String never = unique("決済システム");
        JsonNode flash = incident("company-b", "FLASH", null, List.of(never));
        String path = "/api/v1/cases/" + flash.path("caseId").asText() + "/missing-notification-proceeding";

        assertThat(as("company-b").postForEntity(path, json(Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("supervisor-1").postForEntity(path, json(Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("oversight-1").postForEntity(path, json(Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> opened = as("worker-1").postForEntity(path, json(Map.of("grounds", "届出のない決済システムで被害が発生")),
                JsonNode.class);

        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode proceeding = opened.getBody();
        assertThat(opened.getHeaders().getLocation()).hasPath("/api/v1/proceedings/" + proceeding.path("id").asText());
        assertThat(proceeding.path("number").asText()).matches("P-\\d{4}-\\d{6}");
        assertThat(proceeding.path("companyId").asText()).isEqualTo("9120001098765");
        assertThat(proceeding.path("failures")).singleElement().satisfies(failure -> {
            assertThat(failure.path("type").asText()).isEqualTo("MISSING_NOTIFICATION");
            assertThat(failure.path("reference").asText()).isEqualTo(never);
        });
        assertThat(proceeding.path("grounds").get(0).path("text").asText()).isEqualTo("届出のない決済システムで被害が発生");
        JsonNode kase = caseOf(flash);
        assertThat(kase.path("proceedings").findValuesAsText("number")).containsExactly(proceeding.path("number").asText());
        assertThat(kase.path("missingNotification").path("systems").get(0).path("proceedingId").asText())
                .isEqualTo(proceeding.path("id").asText());
        assertThat(kase.path("timeline").findValuesAsText("action")).contains("PROCEEDING_OPENED", "FAILURE_RECORDED");

        assertThat(as("worker-2").postForEntity(path, null, String.class).getStatusCode())
                .as("every flagged system is already a failure of the proceeding").isEqualTo(HttpStatus.CONFLICT);

        String another = unique("勘定系端末");
        incident("company-b", "DETAILED", flash.path("receiptNumber").asText(), List.of(another));
        ResponseEntity<JsonNode> joined = as("worker-2").postForEntity(path, null, JsonNode.class);
        assertThat(joined.getStatusCode()).as("the open proceeding takes the new failure").isEqualTo(HttpStatus.OK);
        assertThat(joined.getBody().path("number").asText()).isEqualTo(proceeding.path("number").asText());
        assertThat(joined.getBody().path("failures").findValuesAsText("reference")).containsExactlyInAnyOrder(never, another);
    }

    @Test
    void notifyingTheSystemLaterIsRecordedAsTheMissingNotificationFiled() {
        String never = unique("制御端末");
        JsonNode flash = incident("company-b", "FLASH", null, List.of(never));
        JsonNode proceeding = as("worker-1").postForObject(
                "/api/v1/cases/" + flash.path("caseId").asText() + "/missing-notification-proceeding", null, JsonNode.class);
        assertThat(proceeding.path("failures").get(0).path("filedAt").isNull()).isTrue();

        notify("company-b", "Hitachi HF-W", List.of(never.toUpperCase()));

        JsonNode after = as("worker-1").getForObject("/api/v1/proceedings/" + proceeding.path("id").asText(), JsonNode.class);
        assertThat(after.path("failures").get(0).path("filedAt").isNull()).as("filed").isFalse();
        assertThat(caseOf(flash).path("timeline").findValuesAsText("action")).contains("MISSING_NOTIFICATION_FILED");
    }

    @Test
    void refusesCasesWithoutTheFlag() {
        JsonNode clean = incident("company-a", "FLASH", null, List.of());
        assertThat(as("worker-1").postForEntity("/api/v1/cases/" + clean.path("caseId").asText() + "/missing-notification-proceeding",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("worker-1").postForEntity("/api/v1/cases/" + UUID.randomUUID() + "/missing-notification-proceeding",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode notify(String company, String product, List<String> systems) {
        return file(company, Map.of("kind", "ASSET_NOTIFICATION", "title", product, "summary", "導入の届出",
                "introducedOn", LocalDate.now(JAPAN).minusDays(30).toString(), "affectedSystems", systems,
                "contact", Map.of("name", "佐藤 花子", "email", "sato@example.jp")));
    }

    private JsonNode incident(String company, String stage, String relatesTo, List<String> systems) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "INCIDENT", "stage", stage, "category", "RANSOMWARE",
                "title", "ランサムウェア感染 " + UUID.randomUUID(), "summary", "ファイルが暗号化された",
                "awareAt", OffsetDateTime.now(JAPAN).minusHours(1).toString(), "affectedSystems", systems,
                "contact", Map.of("name", "佐藤 花子", "email", "sato@example.jp")));
        if (relatesTo != null) {
            body.put("relatesTo", relatesTo);
        }
        return file(company, body);
    }

    private JsonNode file(String company, Map<String, Object> body) {
        ResponseEntity<JsonNode> filed = as(company).postForEntity("/api/v1/reports", json(body), JsonNode.class);
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        return filed.getBody();
    }

    private JsonNode caseOf(JsonNode report) {
        return as("worker-1").getForObject("/api/v1/cases/" + report.path("caseId").asText(), JsonNode.class);
    }

    private static List<String> timeline(JsonNode kase, String action) {
        List<String> details = new java.util.ArrayList<>();
        kase.path("timeline").forEach(e -> {
            if (e.path("action").asText().equals(action)) {
                details.add(e.path("detail").asText());
            }
        });
        return details;
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
