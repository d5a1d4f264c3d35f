package org.tsuho.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.ManualLegalHolds;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.audit.AuditTrail;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * A supervisor places and releases a legal hold on the case page, always with a reason; the reason is on the
 * timeline but not in the audit trail; nobody else can, whatever they post.
 */
@TsuhoIntegrationTest
class LegalHoldScreenIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ManualLegalHolds holds;
    @Autowired
    CaseFiles cases;
    @Autowired
    AuditTrail audit;

    @Test
    void aSupervisorPlacesAndReleasesAHoldWithAReason() {
        UUID caseId = fileCase();
        long mark = AuditLog.mark(audit);
        ScreenSession supervisor = ScreenSession.signIn(port, "supervisor-1");
        assertThat(supervisor.get("/cases/" + caseId).body()).contains("この事案に訴訟ホールドはありません。").contains("訴訟ホールドを設定");

        HttpResponse<String> placed = supervisor.post("/cases/" + caseId + "/legal-hold",
                Map.of("hold", "place", "reason", "国会の調査に対応するため"));

        assertThat(placed.statusCode()).isEqualTo(302);
        assertThat(holds.holds(caseId)).isTrue();
        assertThat(supervisor.get("/cases/" + caseId).body()).contains("保全中").contains("訴訟ホールドを解除")
                .contains("国会の調査に対応するため");
        assertThat(entry(caseId, "LEGAL_HOLD_PLACED").detail()).isEqualTo("国会の調査に対応するため");
        assertThat(AuditLog.since(audit, mark)).filteredOn(e -> "LEGAL_HOLD_PLACED".equals(e.action()))
                .singleElement().satisfies(e -> {
                    assertThat(e.caseId()).isEqualTo(caseId);
                    assertThat(e.detail()).as("the audit trail never quotes free text").isNull();
                });

        supervisor.post("/cases/" + caseId + "/legal-hold", Map.of("hold", "release", "reason", "調査の終了"));

        assertThat(holds.holds(caseId)).isFalse();
        assertThat(entry(caseId, "LEGAL_HOLD_RELEASED").actor()).isEqualTo("supervisor-1");
    }

    @Test
    void aHoldWithoutAReasonIsNamedOnTheFormAndNotPlaced() {
        UUID caseId = fileCase();
        HttpResponse<String> page = ScreenSession.signIn(port, "supervisor-1")
                .post("/cases/" + caseId + "/legal-hold", Map.of("hold", "place", "reason", "  "));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("has-error").contains("legal-hold-reason");
        assertThat(holds.holds(caseId)).isFalse();
    }

    @Test
    void onlySupervisorsMayPlaceAHold() {
        UUID caseId = fileCase();
        for (String user : new String[] {"worker-1", "oversight-1", "examiner-1"}) {
            HttpResponse<String> refused = ScreenSession.signIn(port, user)
                    .post("/cases/" + caseId + "/legal-hold", Map.of("hold", "place", "reason", "試行"));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(ScreenSession.signIn(port, user).get("/cases/" + caseId).body()).as(user).doesNotContain("訴訟ホールドを設定");
        }
        assertThat(holds.holds(caseId)).isFalse();
    }

    private UUID fileCase() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        assertThat(filed.status()).isEqualTo(201);
        return UUID.fromString(filed.text("caseId"));
    }

    private TimelineEntry entry(UUID caseId, String action) {
        return cases.timeline(caseId).stream().filter(e -> e.action().equals(action)).reduce((a, b) -> b).orElseThrow();
    }
}
