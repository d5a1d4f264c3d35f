package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The referral API and escalation tasks over HTTP: separation of duties, liaison isolation, the minimised package,
 * TLP, the STIX 2.1 bundle, feedback and the disclosure log.
 */
@TsuhoIntegrationTest
class EscalationApiIntegrationTests {

    /** A case worker who is also a duty supervisor: the one person who could approve their own proposal. */
    static final String DUTY_OFFICER = "duty-officer";

    static final Pattern UUID_V4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    static final Pattern MILLIS_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    static final String TLP_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    static final Map<String, String> TLP_MARKINGS = Map.of(
            "CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            "GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            "AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            "AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            "RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    @Autowired
    TestRestTemplate http;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void dutyOfficer() {
        accounts.save(DUTY_OFFICER, passwords.encode("demo"), "当番責任者", Set.of(Role.CASE_WORKER, Role.SUPERVISOR), null);
    }

    @Test
    void theProposerCannotApproveTheirOwnEscalation() {
        String caseId = fileReport("AMBER");
        propose(DUTY_OFFICER, caseId, List.of("POLICE"), false);

        ResponseEntity<JsonNode> own = complete(DUTY_OFFICER, caseId, "approve-escalation", Map.of("approved", true, "rationale", "自分で承認"));

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(own.getBody().get("detail").asText()).contains("Separation of duties");
        assertThat(caseDetail(caseId).get("status").asText()).isEqualTo("ESCALATION_PENDING");
        post(DUTY_OFFICER, "/api/v1/tasks/" + task(DUTY_OFFICER, caseId, "approve-escalation").get("id").asText() + "/unclaim", null);

        assertThat(complete("supervisor-1", caseId, "approve-escalation", Map.of("approved", true, "rationale", "承認")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(caseDetail(caseId).get("status").asText()).isEqualTo("REFERRED");
        assertThat(caseDetail(caseId).get("escalations").get(0).get("decidedBy").asText()).isEqualTo("supervisor-1");
    }

    @Test
    void liaisonsSeeOnlyTheirOwnAgencysReferrals() {
        String caseId = referred("AMBER", List.of("POLICE", "MOD"));
        String police = referralId("police-liaison", caseId);
        String mod = referralId("mod-liaison", caseId);

        assertThat(items(get("police-liaison", "/api/v1/referrals?limit=200"))).allSatisfy(r -> assertThat(r.get("agency").asText()).isEqualTo("POLICE"))
                .extracting(r -> r.get("id").asText()).contains(police).doesNotContain(mod);
        assertThat(items(get("mod-liaison", "/api/v1/referrals?limit=200"))).allSatisfy(r -> assertThat(r.get("agency").asText()).isEqualTo("MOD"));
        for (String path : List.of("", "/stix")) {
            assertThat(get("police-liaison", "/api/v1/referrals/" + mod + path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(get("mod-liaison", "/api/v1/referrals/" + police + path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(post("police-liaison", "/api/v1/referrals/" + mod + "/feedback", Map.of("type", "MEASURE_TAKEN")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("police-liaison", "/api/v1/referrals/" + UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode modItem = task("mod-liaison", caseId, "acknowledge-referral");
        String modTask = modItem.get("id").asText();
        // The MOD's package withholds the operator's identity; so does its queue.
        assertThat(modItem.get("companyName").isNull()).isTrue();
        assertThat(task("police-liaison", caseId, "acknowledge-referral").get("companyName").asText()).isEqualTo("東和電力株式会社");
        assertThat(task("police-liaison", caseId, "acknowledge-referral").get("id").asText()).isNotEqualTo(modTask);
        assertThat(post("police-liaison", "/api/v1/tasks/" + modTask + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(get("worker-1", "/api/v1/referrals").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("company-a", "/api/v1/referrals/" + police).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/referrals", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void thePackageIsMinimisedAndCarriesNoContactPersonalData() {
        String caseId = referred("AMBER", List.of("POLICE", "MOD"));

        ResponseEntity<String> raw = http.withBasicAuth("police-liaison", "demo")
                .getForEntity("/api/v1/referrals/" + referralId("police-liaison", caseId), String.class);
        assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(raw.getBody()).doesNotContain(EscalationScenario.CONTACT_NAME, EscalationScenario.CONTACT_EMAIL,
                EscalationScenario.CONTACT_PHONE, "03 1234 5678", "company-a", "supervisor-1", "worker-1");

        JsonNode police = get("police-liaison", "/api/v1/referrals/" + referralId("police-liaison", caseId)).getBody();
        assertThat(police.get("tlp").asText()).isEqualTo("AMBER");
        assertThat(police.get("legalBasis").asText()).contains("警察官職務執行法");
        assertThat(police.get("shareConsent").asBoolean()).isTrue();
        assertThat(police.get("criteria")).extracting(JsonNode::asText).contains("ONGOING_ATTACK_INFRASTRUCTURE");
        assertThat(police.at("/incident/operatorName").asText()).isEqualTo("東和電力株式会社");
        assertThat(police.at("/reports/0/summary").asText()).contains(Redaction.MARK, "203.0.113.7");
        assertThat(police.get("indicators")).extracting(i -> i.get("type").asText())
                .containsExactly("ipv4-addr", "domain-name", "url", "file-sha256");

        JsonNode mod = get("mod-liaison", "/api/v1/referrals/" + referralId("mod-liaison", caseId)).getBody();
        assertThat(mod.at("/incident/operatorName").isNull()).as("the MOD learns the sector, not the operator").isTrue();
        assertThat(mod.at("/incident/operatorCorporateNumber").isNull()).isTrue();
        assertThat(mod.at("/incident/sector").asText()).isEqualTo("ELECTRICITY");
        assertThat(mod.get("legalBasis").asText()).contains("自衛隊法");
    }

    @Test
    void theMarkingIsAmberByDefaultAndNeverBelowTheReports() {
        String green = referred("GREEN", List.of("POLICE"));
        assertThat(get("police-liaison", "/api/v1/referrals/" + referralId("police-liaison", green)).getBody().get("tlp").asText())
                .isEqualTo("AMBER");

        String red = referred("RED", List.of("POLICE"));
        String redReferral = referralId("police-liaison", red);
        assertThat(get("police-liaison", "/api/v1/referrals/" + redReferral).getBody().get("tlp").asText()).isEqualTo("RED");
        assertThat(get("police-liaison", "/api/v1/referrals/" + redReferral + "/stix").getBody().get("objects"))
                .filteredOn(o -> o.get("type").asText().equals("indicator"))
                .allSatisfy(o -> assertThat(o.get("object_marking_refs").get(0).asText()).isEqualTo(TLP_MARKINGS.get("RED")));

        String strict = fileReport("AMBER+STRICT");
        propose("worker-1", strict, List.of("POLICE"), false);
        ResponseEntity<JsonNode> lower = complete("supervisor-1", strict, "approve-escalation",
                Map.of("approved", true, "rationale", "承認", "tlp", "GREEN"));
        assertThat(lower.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(lower.getBody().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("tlp");
        ResponseEntity<JsonNode> unknown = complete("supervisor-1", strict, "approve-escalation",
                Map.of("approved", true, "rationale", " ", "tlp", "PURPLE"));
        assertThat(unknown.getBody().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("tlp", "rationale");

        assertThat(complete("supervisor-1", strict, "approve-escalation", Map.of("approved", true, "rationale", "承認", "tlp", "RED"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("police-liaison", "/api/v1/referrals/" + referralId("police-liaison", strict)).getBody().get("tlp").asText())
                .isEqualTo("RED");
    }

    @Test
    void theStixExportIsAValidStix21BundleWithTlp20Marking() {
        String caseId = referred("AMBER", List.of("POLICE"));
        String referral = referralId("police-liaison", caseId);
        JsonNode content = get("police-liaison", "/api/v1/referrals/" + referral).getBody();

        ResponseEntity<JsonNode> response = get("police-liaison", "/api/v1/referrals/" + referral + "/stix");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).hasToString("application/stix+json;version=2.1");
        JsonNode bundle = response.getBody();
        assertStix21Bundle(bundle);

        Map<String, JsonNode> byId = new HashMap<>();
        bundle.get("objects").forEach(o -> byId.put(o.get("id").asText(), o));
        List<JsonNode> indicators = ofType(bundle, "indicator");
        assertThat(indicators).extracting(i -> i.get("pattern").asText()).containsExactlyInAnyOrder(
                "[ipv4-addr:value = '203.0.113.7']",
                "[domain-name:value = 'c2.evil.example']",
                "[url:value = 'http://c2.evil.example/it\\'s/payload']",
                "[file:hashes.'SHA-256' = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08']");
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.get("pattern_type").asText()).isEqualTo("stix");
            assertThat(i.get("object_marking_refs")).extracting(JsonNode::asText).containsExactly(TLP_MARKINGS.get("AMBER"));
            assertThat(byId.get(i.get("created_by_ref").asText()).get("type").asText()).isEqualTo("identity");
        });
        assertThat(indicators).extracting(i -> i.get("id").asText())
                .containsExactlyInAnyOrderElementsOf(StreamSupport.stream(content.get("indicators").spliterator(), false)
                        .map(i -> i.get("stixId").asText()).toList());

        JsonNode marking = byId.get(TLP_MARKINGS.get("AMBER"));
        assertThat(marking.get("name").asText()).isEqualTo("TLP:AMBER");
        assertThat(marking.get("created").asText()).isEqualTo("2022-10-01T00:00:00.000Z");
        assertThat(marking.at("/extensions/" + TLP_EXTENSION + "/extension_type").asText()).isEqualTo("property-extension");
        assertThat(marking.at("/extensions/" + TLP_EXTENSION + "/tlp_2_0").asText()).isEqualTo("amber");

        JsonNode report = ofType(bundle, "report").get(0);
        assertThat(report.get("id").asText()).isEqualTo(content.get("stixReportId").asText());
        assertThat(report.get("object_refs")).extracting(JsonNode::asText)
                .containsAll(indicators.stream().map(i -> i.get("id").asText()).toList());
        assertThat(ofType(bundle, "identity")).singleElement()
                .satisfies(i -> assertThat(i.get("identity_class").asText()).isEqualTo("organization"));

        JsonNode again = get("police-liaison", "/api/v1/referrals/" + referral + "/stix").getBody();
        assertThat(again.get("id").asText()).as("a new bundle").isNotEqualTo(bundle.get("id").asText());
        assertThat(ofType(again, "report").get(0).get("id")).as("describing the same objects").isEqualTo(report.get("id"));
    }

    @Test
    void feedbackFollowsTheAcknowledgementUntilThePartnerClosesTheReferral() {
        String caseId = referred("AMBER", List.of("POLICE"));
        String referral = "/api/v1/referrals/" + referralId("police-liaison", caseId);

        assertThat(post("police-liaison", referral + "/feedback", Map.of("type", "MEASURE_TAKEN")).getStatusCode())
                .as("not acknowledged yet").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> noReference = complete("police-liaison", caseId, "acknowledge-referral", Map.of("note", "受領"));
        assertThat(noReference.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReference.getBody().get("errors").get(0).get("field").asText()).isEqualTo("reference");
        assertThat(complete("police-liaison", caseId, "acknowledge-referral", Map.of("reference", "NPA-2026-0042", "note", "受領"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> invalid = post("police-liaison", referral + "/feedback", Map.of("type", "DONE", "note", "x".repeat(4001)));
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("errors")).extracting(e -> e.get("field").asText()).containsExactlyInAnyOrder("type", "note");
        ResponseEntity<JsonNode> measure = post("police-liaison", referral + "/feedback",
                Map.of("type", "MEASURE_TAKEN", "note", "無害化措置を実施、委員会へ事後通知"));
        assertThat(measure.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(measure.getBody().get("type").asText()).isEqualTo("MEASURE_TAKEN");
        assertThat(measure.getBody().get("recordedBy").asText()).isEqualTo("police-liaison");
        assertThat(post("police-liaison", referral + "/feedback", Map.of("type", "CLOSED")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post("police-liaison", referral + "/feedback", Map.of("type", "MEASURE_TAKEN")).getStatusCode())
                .as("closed").isEqualTo(HttpStatus.CONFLICT);

        JsonNode onCase = caseDetail(caseId).get("referrals").get(0);
        assertThat(onCase.get("status").asText()).isEqualTo("CLOSED");
        assertThat(onCase.get("acknowledgementReference").asText()).isEqualTo("NPA-2026-0042");
        assertThat(onCase.get("feedback")).extracting(f -> f.get("type").asText()).containsExactly("MEASURE_TAKEN", "CLOSED");
        assertThat(caseDetail(caseId).get("escalations").get(0).get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void everyDeliveryToALiaisonIsInTheDisclosureLogOnTheCase() {
        String caseId = referred("AMBER", List.of("POLICE", "MOD"));
        String police = referralId("police-liaison", caseId);
        get("police-liaison", "/api/v1/referrals/" + police);
        get("police-liaison", "/api/v1/referrals/" + police + "/stix");
        get("police-liaison", "/api/v1/referrals/" + police);

        JsonNode detail = caseDetail(caseId);
        JsonNode disclosures = detail.get("disclosures");
        assertThat(disclosures).hasSize(3).allSatisfy(d -> {
            assertThat(d.get("referralId").asText()).isEqualTo(police);
            assertThat(d.get("agency").asText()).isEqualTo("POLICE");
            assertThat(d.get("recipient").asText()).isEqualTo("police-liaison");
            assertThat(d.get("legalBasis").asText()).contains("警察官職務執行法");
            assertThat(d.get("tlp").asText()).isEqualTo("AMBER");
            assertThat(d.get("packageDigest").asText()).matches("[0-9a-f]{64}");
            assertThat(Instant.parse(d.get("disclosedAt").asText())).isNotNull();
        });
        assertThat(disclosures).extracting(d -> d.get("format").asText()).containsExactly("PACKAGE", "STIX", "PACKAGE");
        assertThat(disclosures).extracting(d -> d.get("firstDelivery").asBoolean()).containsExactly(true, false, false);
        assertThat(disclosures).extracting(d -> d.get("packageDigest").asText()).containsOnly(
                StreamSupport.stream(detail.get("referrals").spliterator(), false)
                        .filter(r -> r.get("agency").asText().equals("POLICE")).findFirst().orElseThrow().get("packageDigest").asText());
        assertThat(detail.get("timeline")).filteredOn(e -> e.get("action").asText().equals("REFERRAL_DELIVERED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("actor").asText()).isEqualTo("police-liaison");
                    assertThat(e.get("detail").asText()).isEqualTo("POLICE PACKAGE");
                });
    }

    // --- STIX 2.1 rules (specification §2–3 common properties, §4 SDOs, §7 marking definitions) ---

    static void assertStix21Bundle(JsonNode bundle) {
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        assertThat(bundle.get("id").asText()).matches("bundle--" + UUID_V4.pattern());
        assertThat(bundle.has("spec_version")).as("2.1 bundles carry no spec_version").isFalse();
        assertThat(bundle.get("objects").isArray()).isTrue();
        Set<String> ids = new HashSet<>();
        Map<String, String> types = new HashMap<>();
        for (JsonNode object : bundle.get("objects")) {
            String type = object.get("type").asText();
            String id = object.get("id").asText();
            assertThat(type).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeBetween(3, 250);
            assertThat(id).matches(Pattern.quote(type) + "--" + UUID_V4.pattern());
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();
            types.put(id, type);
            assertThat(object.get("spec_version").asText()).isEqualTo("2.1");
            assertThat(object.get("created").asText()).matches(MILLIS_TIMESTAMP);
            if (type.equals("marking-definition")) {
                assertThat(object.has("modified")).as("marking definitions are not versioned").isFalse();
                assertThat(object.has("extensions") || (object.has("definition_type") && object.has("definition")))
                        .as("a marking definition is defined by an extension or by definition_type and definition").isTrue();
            } else {
                assertThat(object.get("modified").asText()).matches(MILLIS_TIMESTAMP);
                assertThat(Instant.parse(object.get("modified").asText())).isAfterOrEqualTo(Instant.parse(object.get("created").asText()));
            }
            switch (type) {
                case "identity" -> assertThat(object.get("name").asText()).isNotBlank();
                case "indicator" -> {
                    assertThat(object.get("pattern").asText()).matches("\\[[a-z0-9-]+:.+ = '.*'\\]");
                    assertThat(object.get("pattern_type").asText()).isNotBlank();
                    assertThat(object.get("valid_from").asText()).matches(TIMESTAMP);
                }
                case "report" -> {
                    assertThat(object.get("name").asText()).isNotBlank();
                    assertThat(object.get("published").asText()).matches(TIMESTAMP);
                    assertThat(object.get("object_refs")).isNotEmpty();
                }
                case "marking-definition" -> {
                    // checked above
                }
                default -> throw new AssertionError("unexpected object type " + type);
            }
        }
        for (JsonNode object : bundle.get("objects")) {
            for (String ref : references(object)) {
                assertThat(ids).as("%s in %s resolves inside the bundle", ref, object.get("id").asText()).contains(ref);
            }
            if (object.has("object_marking_refs")) {
                object.get("object_marking_refs").forEach(ref -> assertThat(types.get(ref.asText())).isEqualTo("marking-definition"));
            }
        }
    }

    /** Every value of a {@code *_ref} or {@code *_refs} property. */
    private static List<String> references(JsonNode object) {
        List<String> refs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("_ref")) {
                refs.add(field.getValue().asText());
            } else if (field.getKey().endsWith("_refs")) {
                field.getValue().forEach(v -> refs.add(v.asText()));
            }
        }
        return refs;
    }

    private static List<JsonNode> ofType(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.get("objects").spliterator(), false).filter(o -> o.get("type").asText().equals(type)).toList();
    }

    // --- driving the life cycle through the API ---

    /** A case the worker proposed and supervisor-1 approved for these agencies. */
    private String referred(String tlp, List<String> targets) {
        String caseId = fileReport(tlp);
        propose("worker-1", caseId, targets, false);
        assertThat(complete("supervisor-1", caseId, "approve-escalation", Map.of("approved", true, "rationale", "承認")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return caseId;
    }

    private String fileReport(String tlp) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INCIDENT");
        body.put("stage", "FLASH");
        body.put("category", "RANSOMWARE");
        body.put("title", "制御系ネットワークでのランサムウェア感染 " + UUID.randomUUID());
        body.put("summary", "暗号化を確認。連絡先: " + EscalationScenario.CONTACT_NAME + " (" + EscalationScenario.CONTACT_EMAIL
                + ", 03 1234 5678)。C2 は 203.0.113.7。");
        body.put("awareAt", "2026-11-25T09:00:00+09:00");
        body.put("affectedSystems", List.of("SCADA サーバ"));
        body.put("indicators", List.of(
                Map.of("type", "ipv4-addr", "value", "203.0.113.7"),
                Map.of("type", "domain-name", "value", "c2.evil.example"),
                Map.of("type", "url", "value", "http://c2.evil.example/it's/payload"),
                Map.of("type", "file-sha256", "value", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        body.put("tlp", tlp);
        body.put("shareConsent", true);
        body.put("contact", Map.of("name", EscalationScenario.CONTACT_NAME, "email", EscalationScenario.CONTACT_EMAIL,
                "phone", EscalationScenario.CONTACT_PHONE));
        ResponseEntity<JsonNode> filed = post("company-a", "/api/v1/reports", body);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return filed.getBody().get("caseId").asText();
    }

    private void propose(String caseWorker, String caseId, List<String> targets, boolean emergency) {
        ResponseEntity<JsonNode> triaged = complete(caseWorker, caseId, "triage", Map.of("severity", 4, "category", "RANSOMWARE",
                "decision", "ESCALATE", "rationale", "C2 通信が継続中",
                "escalation", Map.of("targets", targets, "criteria", List.of("ONGOING_ATTACK_INFRASTRUCTURE"), "emergency", emergency)));
        assertThat(triaged.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Claims (if not yet held) and completes the case's task of this key from the user's queues. */
    private ResponseEntity<JsonNode> complete(String user, String caseId, String taskKey, Map<String, Object> body) {
        String taskId = task(user, caseId, taskKey).get("id").asText();
        assertThat(post(user, "/api/v1/tasks/" + taskId + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        return post(user, "/api/v1/tasks/" + taskId + "/complete", body);
    }

    /** Reads the queues page by page: the shared test database holds other tests' open tasks too, often more than a page. */
    private JsonNode task(String user, String caseId, String taskKey) {
        for (String scope : List.of("mine", "group")) {
            String cursor = null;
            do {
                ResponseEntity<JsonNode> page = get(user, "/api/v1/tasks?limit=200&scope=" + scope + (cursor == null ? "" : "&cursor=" + cursor));
                for (JsonNode item : items(page)) {
                    if (item.get("caseId").asText().equals(caseId) && item.get("taskKey").asText().equals(taskKey)) {
                        return item;
                    }
                }
                cursor = page.getBody().path("nextCursor").isTextual() ? page.getBody().path("nextCursor").asText() : null;
            } while (cursor != null);
        }
        throw new AssertionError(user + " sees no " + taskKey + " task of case " + caseId);
    }

    private String referralId(String liaison, String caseId) {
        String caseNumber = caseDetail(caseId).get("caseNumber").asText();
        return items(get(liaison, "/api/v1/referrals?limit=200")).stream()
                .filter(r -> r.get("caseNumber").asText().equals(caseNumber))
                .map(r -> r.get("id").asText()).findFirst().orElseThrow();
    }

    private JsonNode caseDetail(String caseId) {
        ResponseEntity<JsonNode> detail = get("supervisor-1", "/api/v1/cases/" + caseId);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        return detail.getBody();
    }

    private static List<JsonNode> items(ResponseEntity<JsonNode> page) {
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(page.getBody().get("items").spliterator(), false).toList();
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return http.withBasicAuth(user, "demo").postForEntity(path, body, JsonNode.class);
    }
}
