package org.tsuho.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/** A second flash report of the same incident opens a case flagged as a possible duplicate of the first. */
@TsuhoIntegrationTest
class DuplicateDetectionIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSecondFlashReportWithTheSameTitleAndAwarenessIsFlagged() {
        ApiClient companyA = ApiClient.on(port).as("company-a");
        ApiClient worker = ApiClient.on(port).as("worker-1");
        ObjectNode body = ReportBodies.flash();
        ApiClient.Response first = companyA.post("/api/v1/reports", body);

        ApiClient.Response second = companyA.post("/api/v1/reports", body.deepCopy().put("summary", "続報ではなく、同じ事象の再送。"));

        assertThat(second.status()).as("%s", second).isEqualTo(201);
        assertThat(second.text("caseId")).isNotEqualTo(first.text("caseId"));
        assertThat(second.text("possibleDuplicateOf")).isEqualTo(first.text("caseNumber"));
        assertThat(first.text("possibleDuplicateOf")).isNull();
        assertThat(companyA.get("/api/v1/reports/" + second.text("id")).text("possibleDuplicateOf"))
                .isEqualTo(first.text("caseNumber"));

        assertThat(timelineDetails(worker, second.text("caseId"))).contains(first.text("caseNumber"));
        assertThat(timelineDetails(worker, first.text("caseId"))).contains(second.text("caseNumber"));
    }

    @Test
    void anotherCompanysReportIsNeverItsDuplicate() {
        ObjectNode body = ReportBodies.flash();
        ApiClient.on(port).as("company-a").post("/api/v1/reports", body);

        ApiClient.Response theirs = ApiClient.on(port).as("company-b").post("/api/v1/reports", body);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.text("possibleDuplicateOf")).isNull();
    }

    @Test
    void anotherAwarenessTimeIsAnotherIncident() {
        ApiClient companyA = ApiClient.on(port).as("company-a");
        ObjectNode body = ReportBodies.flash();
        companyA.post("/api/v1/reports", body);

        ApiClient.Response other = companyA.post("/api/v1/reports",
                body.deepCopy().put("awareAt", ReportBodies.japanTime(java.time.Instant.now().minusSeconds(60))));

        assertThat(other.status()).isEqualTo(201);
        assertThat(other.text("possibleDuplicateOf")).isNull();
    }

    private static List<String> timelineDetails(ApiClient staff, String caseId) {
        ApiClient.Response kase = staff.get("/api/v1/cases/" + caseId);
        assertThat(kase.status()).as("%s", kase).isEqualTo(200);
        List<String> details = new ArrayList<>();
        for (JsonNode entry : kase.json().path("timeline")) {
            details.add(entry.path("detail").asText());
        }
        return details;
    }
}
