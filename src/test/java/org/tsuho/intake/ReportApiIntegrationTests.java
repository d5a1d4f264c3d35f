package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.support.ApiAssertions.assertInvalidFields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.Stage;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/** {@code /api/v1/reports} as api.md describes it, over HTTP against the running application. */
@TsuhoIntegrationTest
class ReportApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Rulebook rulebook;

    ApiClient companyA;

    @BeforeEach
    void signIn() {
        companyA = ApiClient.on(port).as("company-a");
    }

    @Test
    void aFlashReportIsReceivedWithEveryFieldOfTheContract() {
        ObjectNode body = ReportBodies.flash();
        Instant before = Instant.now().minusSeconds(1);

        ApiClient.Response created = companyA.post("/api/v1/reports", body);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonNode report = created.json();
        String year = String.valueOf(Year.now(ZoneId.of("Asia/Tokyo")).getValue());
        assertThat(report.path("id").asText()).isNotBlank();
        assertThat(created.header("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/reports/" + report.path("id").asText()));
        assertThat(report.path("receiptNumber").asText()).matches("R-" + year + "-\\d{6}");
        assertThat(report.path("caseId").asText()).isNotBlank();
        assertThat(report.path("caseNumber").asText()).matches("C-" + year + "-\\d{6}");
        assertThat(report.path("kind").asText()).isEqualTo("INCIDENT");
        assertThat(report.path("stage").asText()).isEqualTo("FLASH");
        assertThat(report.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(report.path("late").isBoolean()).isTrue();
        assertThat(report.path("late").asBoolean()).isFalse();

        assertUtc(report.path("submittedAt"));
        assertThat(Instant.parse(report.path("submittedAt").asText())).isAfter(before);
        assertUtc(report.path("awareAt"));
        Instant awareAt = OffsetDateTime.parse(body.path("awareAt").asText()).toInstant();
        assertThat(Instant.parse(report.path("awareAt").asText())).isEqualTo(awareAt);

        JsonNode deadlines = report.path("deadlines");
        assertThat(deadlines).hasSize(2);
        assertThat(deadlines.get(0).path("stage").asText()).isEqualTo("FLASH");
        assertThat(deadlines.get(0).path("met").asBoolean()).isTrue();
        assertUtc(deadlines.get(0).path("dueAt"));
        assertThat(Instant.parse(deadlines.get(0).path("dueAt").asText()))
                .isEqualTo(rulebook.dueAt(Stage.FLASH, awareAt));
        assertThat(deadlines.get(1).path("stage").asText()).isEqualTo("DETAILED");
        assertThat(deadlines.get(1).has("met")).as("met is present, as null").isTrue();
        assertThat(deadlines.get(1).path("met").isNull()).isTrue();
        assertUtc(deadlines.get(1).path("dueAt"));
        assertThat(Instant.parse(deadlines.get(1).path("dueAt").asText())).isEqualTo(rulebook.dueAt(Stage.DETAILED, awareAt));
    }

    @Test
    void aReportReadsBackWithItsCaseStatusAndRequests() {
        ApiClient.Response created = companyA.post("/api/v1/reports", ReportBodies.flash());
        String id = created.text("id");

        ApiClient.Response read = companyA.get("/api/v1/reports/" + id);

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        JsonNode report = read.json();
        assertThat(report.path("id").asText()).isEqualTo(id);
        assertThat(report.path("receiptNumber").asText()).isEqualTo(created.text("receiptNumber"));
        assertThat(report.path("caseNumber").asText()).isEqualTo(created.text("caseNumber"));
        assertThat(report.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(report.path("caseStatus").asText()).isEqualTo("RECEIVED");
        assertThat(report.path("requests").isArray()).isTrue();
        assertThat(report.path("requests")).isEmpty();
        assertThat(report.path("deadlines")).hasSize(2);
        assertThat(report.path("late").asBoolean()).isFalse();
    }

    @Test
    void theAnswerToAFilingIsTheReportAsStoredWithItsIndicatorsInOrder() {
        ObjectNode body = ReportBodies.flash();
        body.put("awareAt", "2026-11-25T09:00:00.123456789+09:00");
        var indicators = body.putArray("indicators");
        indicators.addObject().put("type", "domain-name").put("value", "c2.example.net");
        indicators.addObject().put("type", "ipv4-addr").put("value", "198.51.100.9");
        indicators.addObject().put("type", "url").put("value", "https://c2.example.net/p");
        ApiClient.Response created = companyA.post("/api/v1/reports", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);

        JsonNode read = companyA.get("/api/v1/reports/" + created.text("id")).json();

        // Filed and read back alike: times at the database's precision, indicators in the order given.
        for (String field : List.of("awareAt", "submittedAt", "indicators", "affectedSystems", "contact", "title")) {
            assertThat(read.path(field)).as(field).isEqualTo(created.json().path(field));
        }
        assertThat(read.path("indicators").findValuesAsText("value"))
                .containsExactly("c2.example.net", "198.51.100.9", "https://c2.example.net/p");
    }

    @Test
    void theCompanysOwnReportsAreListedNewestFirstPageByPage() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(companyA.post("/api/v1/reports", ReportBodies.flash()).text("id"));
        }
        assertThat(mine).doesNotContainNull();

        // Other tests file company-a reports too (some at later engine-clock times), so walk the pages: they must
        // come newest first without repeats, and hold ours in reverse order of filing.
        List<String> listed = new ArrayList<>();
        List<Instant> submitted = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = companyA.get("/api/v1/reports?limit=2" + (cursor == null ? "" : "&cursor=" + ApiClient.q(cursor)));
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(ids(page)).hasSizeLessThanOrEqualTo(2);
            listed.addAll(ids(page));
            for (JsonNode item : page.json().path("items")) {
                submitted.add(Instant.parse(item.path("submittedAt").asText()));
            }
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
        } while (cursor != null && !listed.contains(mine.get(0)));
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed).containsSubsequence(mine.get(2), mine.get(1), mine.get(0));
        assertThat(submitted).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aListWithoutLimitHasTheDefaultShapeAndOnlyOwnReports() {
        ApiClient companyB = ApiClient.on(port).as("company-b");
        String bId = companyB.post("/api/v1/reports", ReportBodies.flash()).text("id");

        ApiClient.Response list = companyA.get("/api/v1/reports");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().has("items")).isTrue();
        assertThat(list.json().has("nextCursor")).isTrue();
        assertThat(list.json().path("items").size()).isLessThanOrEqualTo(50);
        assertThat(ids(list)).doesNotContain(bId);
    }

    @Test
    void aDetailedReportJoinsTheCaseOfTheReportItRelatesTo() {
        ApiClient.Response flash = companyA.post("/api/v1/reports", ReportBodies.flash());

        ApiClient.Response detailed = companyA.post("/api/v1/reports", ReportBodies.detailed(flash.text("receiptNumber")));

        assertThat(detailed.status()).as("%s", detailed).isEqualTo(201);
        assertThat(detailed.text("stage")).isEqualTo("DETAILED");
        assertThat(detailed.text("caseId")).isEqualTo(flash.text("caseId"));
        assertThat(detailed.text("caseNumber")).isEqualTo(flash.text("caseNumber"));
        assertThat(detailed.text("receiptNumber")).isNotEqualTo(flash.text("receiptNumber"));
        assertThat(detailed.json().path("late").asBoolean()).isFalse();
        JsonNode deadlines = detailed.json().path("deadlines");
        assertThat(deadlines.get(0).path("met").asBoolean()).isTrue();
        assertThat(deadlines.get(1).path("stage").asText()).isEqualTo("DETAILED");
        assertThat(deadlines.get(1).path("met").asBoolean()).isTrue();

        ApiClient.Response update = companyA.post("/api/v1/reports",
                ReportBodies.detailed(detailed.text("receiptNumber")).put("stage", "UPDATE"));
        assertThat(update.status()).as("%s", update).isEqualTo(201);
        assertThat(update.text("caseId")).isEqualTo(flash.text("caseId"));
    }

    @Test
    void aFlashReportAfterItsDeadlineIsLate() {
        ObjectNode body = ReportBodies.flash().put("awareAt", ReportBodies.japanTime(Instant.now().minus(Duration.ofDays(2))));

        ApiClient.Response created = companyA.post("/api/v1/reports", body);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("late").asBoolean()).isTrue();
        JsonNode flash = created.json().path("deadlines").get(0);
        assertThat(flash.path("stage").asText()).isEqualTo("FLASH");
        assertThat(flash.path("met").isBoolean()).isTrue();
        assertThat(flash.path("met").asBoolean()).isFalse();
    }

    @Test
    void detailedAndUpdateReportsNeedRelatesTo() {
        ObjectNode detailed = ReportBodies.flash().put("stage", "DETAILED");
        ObjectNode update = ReportBodies.flash().put("stage", "UPDATE");

        assertThat(assertInvalidFields(companyA.post("/api/v1/reports", detailed))).containsExactly("relatesTo");
        assertThat(assertInvalidFields(companyA.post("/api/v1/reports", update))).containsExactly("relatesTo");
    }

    @Test
    void anAssetNotificationIsReceived() {
        ObjectNode body = ReportBodies.assetNotification();

        ApiClient.Response created = companyA.post("/api/v1/reports", body);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.text("kind")).isEqualTo("ASSET_NOTIFICATION");
        assertThat(created.text("status")).isEqualTo("RECEIVED");
        assertThat(created.text("receiptNumber")).matches("R-\\d{4}-\\d{6}");
        assertThat(created.text("caseNumber")).matches("C-\\d{4}-\\d{6}");
        assertThat(created.text("introducedOn")).isEqualTo(body.path("introducedOn").asText());
        assertThat(created.json().path("late").asBoolean()).isFalse();

        ApiClient.Response read = companyA.get("/api/v1/reports/" + created.text("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("kind")).isEqualTo("ASSET_NOTIFICATION");
    }

    @Test
    void anAssetNotificationNeedsItsIntroductionDate() {
        ObjectNode body = ReportBodies.assetNotification();
        body.remove("introducedOn");

        assertThat(assertInvalidFields(companyA.post("/api/v1/reports", body))).containsExactly("introducedOn");
    }

    private static List<String> ids(ApiClient.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static void assertUtc(JsonNode instant) {
        assertThat(instant.asText()).as("an instant in UTC").endsWith("Z");
        Instant.parse(instant.asText());
    }
}
