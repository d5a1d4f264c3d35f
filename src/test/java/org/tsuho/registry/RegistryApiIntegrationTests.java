package org.tsuho.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.RegistryFixtures.newCorporateNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditFilter;
import org.tsuho.audit.AuditTrail;
import org.tsuho.support.TsuhoIntegrationTest;

/** {@code /api/v1/operators}: staff read the registry, only administrators change it, companies see none of it. */
@TsuhoIntegrationTest
class RegistryApiIntegrationTests {

    private static final String TOWA = "9010401012345";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Registry registry;
    @Autowired
    AuditTrail audit;

    @Test
    void staffReadTheRegistry() {
        for (String user : List.of("worker-1", "supervisor-1", "examiner-1", "oversight-1", "admin")) {
            ResponseEntity<JsonNode> one = as(user).getForEntity("/api/v1/operators/" + TOWA, JsonNode.class);
            assertThat(one.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(one.getBody().path("nameJa").asText()).isEqualTo("東和電力株式会社");
            assertThat(one.getBody().path("sector").asText()).isEqualTo("ELECTRICITY");
            assertThat(one.getBody().path("ministry").asText()).isEqualTo("経済産業省");
            assertThat(one.getBody().path("status").asText()).isEqualTo("DESIGNATED");
        }
        assertThat(audit.search(new AuditFilter(null, "oversight-1", "OPERATOR_READ", null, null), null, 10))
                .extracting(AuditEntry::detail).contains(TOWA);
        ResponseEntity<JsonNode> list = as("worker-1").getForEntity("/api/v1/operators?sector=FINANCE&limit=200", JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody().path("items").findValuesAsText("corporateNumber")).contains("9120001098765").doesNotContain(TOWA);
        assertThat(as("worker-1").getForEntity("/api/v1/operators/" + newCorporateNumber(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("worker-1").getForEntity("/api/v1/operators?status=SLEEPING", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void pagesThroughTheRegistryByCorporateNumber() {
        for (int i = 0; i < 3; i++) {
            as("admin").postForEntity("/api/v1/operators", json(body(newCorporateNumber(), "頁送り試験株式会社")), JsonNode.class);
        }
        JsonNode first = as("worker-1").getForObject("/api/v1/operators?q=頁送り試験&limit=2", JsonNode.class);
        assertThat(first.path("items")).hasSize(2);
        JsonNode second = as("worker-1").getForObject("/api/v1/operators?q=頁送り試験&limit=2&cursor=" + first.path("nextCursor").asText(),
                JsonNode.class);
        assertThat(second.path("items").size()).isPositive();
        assertThat(second.path("items").get(0).path("corporateNumber").asText())
                .isGreaterThan(first.path("items").get(1).path("corporateNumber").asText());
    }

    @Test
    void companiesCannotReadTheRegistry() {
        assertThat(as("company-a").getForEntity("/api/v1/operators", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("company-a").getForEntity("/api/v1/operators/" + TOWA, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("company-a").getForEntity("/api/v1/operators/" + TOWA + "/computers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("police-liaison").getForEntity("/api/v1/operators", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/v1/operators", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyAdministratorsChangeTheRegistry() {
        String number = newCorporateNumber();
        for (String user : List.of("company-a", "worker-1", "supervisor-1", "oversight-1")) {
            assertThat(as(user).postForEntity("/api/v1/operators", json(body(number, "権限試験株式会社")), String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).exchange("/api/v1/operators/" + TOWA, HttpMethod.PUT, json(body(TOWA, "乗っ取り")), String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as(user).postForEntity("/api/v1/operators/import", csv("法人番号,名称,事業分野\n"), String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(as("worker-1").getForEntity("/api/v1/operators/" + number, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(registry.get(TOWA).nameJa()).isEqualTo("東和電力株式会社");
    }

    @Test
    void administratorsAddAndChangeOperatorsAndEveryChangeIsRecorded() {
        String number = newCorporateNumber();
        ResponseEntity<JsonNode> created = as("admin").postForEntity("/api/v1/operators", json(Map.of(
                "corporateNumber", number, "nameJa", "西日本水道試験株式会社", "nameEn", "West Water Test", "sector", "WATER",
                "designatedOn", "2026-04-01",
                "contacts", List.of(Map.of("name", "水野 花子", "department", "情報システム部", "email", "mizuno@west.example",
                        "phone", "06-0000-0000")))), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/v1/operators/" + number);
        assertThat(created.getBody().path("ministry").asText()).isEqualTo("国土交通省");
        assertThat(created.getBody().path("status").asText()).isEqualTo("DESIGNATED");
        assertThat(created.getBody().path("contacts").get(0).path("email").asText()).isEqualTo("mizuno@west.example");
        assertThat(as("admin").postForEntity("/api/v1/operators", json(body(number, "二重登録")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        Map<String, Object> withdrawn = body(number, "西日本水道試験株式会社");
        withdrawn.put("status", "WITHDRAWN");
        ResponseEntity<JsonNode> updated = as("admin").exchange("/api/v1/operators/" + number, HttpMethod.PUT, json(withdrawn), JsonNode.class);

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(updated.getBody().path("contacts")).isEmpty();
        assertThat(registry.changes(number)).extracting(RegistryChanges.Change::action).containsExactly("UPDATED", "CREATED");
        assertThat(registry.changes(number).get(0)).satisfies(change -> {
            assertThat(change.by()).isEqualTo("admin");
            assertThat(change.source()).isEqualTo(RegistryChanges.Source.API);
            assertThat(change.before()).contains("status=DESIGNATED").contains("contacts=1").doesNotContain("mizuno");
            assertThat(change.after()).contains("status=WITHDRAWN").contains("contacts=0");
        });
        assertThat(audit.search(new AuditFilter(null, "admin", "OPERATOR_UPDATED", null, null), null, 50))
                .extracting(AuditEntry::detail).contains(number + " API nameEn,designatedOn,status,contacts");
        assertThat(audit.search(new AuditFilter(null, "admin", "OPERATOR_CREATED", null, null), null, 50))
                .extracting(AuditEntry::detail).anyMatch(detail -> detail.startsWith(number + " API "));
        assertThat(as("admin").exchange("/api/v1/operators/" + newCorporateNumber(), HttpMethod.PUT, json(body(null, "無い")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesBadEntriesNamingEveryField() {
        String wrongCheckDigit = "8010401012345";
        ResponseEntity<JsonNode> refused = as("admin").postForEntity("/api/v1/operators", json(Map.of(
                "corporateNumber", wrongCheckDigit, "sector", "HEALTHCARE", "designatedOn", "2026-13-01", "status", "ASLEEP",
                "contacts", List.of(Map.of("name", "", "email", "nope")))), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("corporateNumber", "nameJa",
                "sector", "designatedOn", "status", "contacts[0].name", "contacts[0].email");
        assertThat(as("admin").exchange("/api/v1/operators/" + TOWA, HttpMethod.PUT, json(body("9120001098765", "別の番号")), JsonNode.class)
                .getBody().path("errors").findValuesAsText("code")).containsExactly("error.corporateNumberChanged");
    }

    @Test
    void importsTheDesignationListOverTheApiWithADryRunFirst() {
        String number = newCorporateNumber();
        byte[] file = ("法人番号,名称,事業分野\n" + number + ",API取込試験株式会社,航空\n1234567890123,検査用数字違い,航空\n")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode dryRun = as("admin").postForObject("/api/v1/operators/import", csv(file), JsonNode.class);
        assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.path("importable").asBoolean()).isFalse();
        assertThat(dryRun.path("created").asInt()).isEqualTo(1);
        assertThat(dryRun.path("rejected").asInt()).isEqualTo(1);
        assertThat(dryRun.path("rows").get(1).path("errors").get(0).path("message").asText()).contains("check digit");

        ResponseEntity<JsonNode> refused = as("admin").postForEntity("/api/v1/operators/import?dryRun=false", csv(file), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly("rows[3].corporateNumber");
        assertThat(as("admin").getForEntity("/api/v1/operators/" + number, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        byte[] good = ("法人番号,名称,事業分野\n" + number + ",API取込試験株式会社,航空\n").getBytes(StandardCharsets.UTF_8);
        JsonNode imported = as("admin").postForObject("/api/v1/operators/import?dryRun=false", csv(good), JsonNode.class);
        assertThat(imported.path("created").asInt()).isEqualTo(1);
        assertThat(as("worker-1").getForObject("/api/v1/operators/" + number, JsonNode.class).path("sector").asText()).isEqualTo("AVIATION");
    }

    @Test
    void theApiDescriptionListsTheRegistryAndMissingNotificationPaths() {
        JsonNode paths = rest.getForObject("/v3/api-docs", JsonNode.class).path("paths");

        assertThat(paths.path("/api/v1/operators").has("get")).isTrue();
        assertThat(paths.path("/api/v1/operators").has("post")).isTrue();
        assertThat(paths.path("/api/v1/operators/{corporateNumber}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/operators/{corporateNumber}").has("put")).isTrue();
        assertThat(paths.path("/api/v1/operators/{corporateNumber}/computers").has("get")).isTrue();
        assertThat(paths.path("/api/v1/operators/import").has("post")).isTrue();
        assertThat(paths.path("/api/v1/cases/{id}/missing-notification-proceeding").has("post")).isTrue();
    }

    private TestRestTemplate as(String username) {
        return rest.withBasicAuth(username, "demo");
    }

    private static Map<String, Object> body(String number, String name) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("corporateNumber", number);
        body.put("nameJa", name);
        body.put("sector", "WATER");
        return body;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<byte[]> csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpEntity<byte[]> csv(byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(file, headers);
    }
}
