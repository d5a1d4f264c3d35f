package org.tsuho.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/** The oversight screens: for oversight and admin only, read-only, filters that refuse bad input politely. */
@TsuhoIntegrationTest
class OversightScreenIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void caseWorkersAndCompaniesAreRefusedTheOversightScreens() {
        for (String user : new String[] {"worker-1", "supervisor-1", "police-liaison", "company-a"}) {
            ScreenSession session = ScreenSession.signIn(port, user);
            for (String path : new String[] {"/oversight", "/oversight/audit", "/oversight/disclosures", "/oversight/feedback",
                    "/oversight/verification"}) {
                assertThat(session.get(path).statusCode()).as(user + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void oversightAndAdminReadEveryTabAndSeeTheMenuEntry() {
        for (String user : new String[] {"oversight-1", "admin"}) {
            ScreenSession session = ScreenSession.signIn(port, user);
            assertThat(session.get("/oversight").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/oversight/audit"));
            for (String tab : new String[] {"audit", "disclosures", "feedback", "verification"}) {
                HttpResponse<String> page = session.get("/oversight/" + tab);
                assertThat(page.statusCode()).as(user + " " + tab).isEqualTo(200);
                assertThat(page.body()).contains("href=\"/oversight\"");
            }
        }
        assertThat(ScreenSession.signIn(port, "worker-1").get("/inbox").body()).doesNotContain("href=\"/oversight\"");
    }

    @Test
    void theTrailOfOneCaseAndOnePerson() {
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", ReportBodies.flash());
        assertThat(ApiClient.on(port).as("worker-2").get("/api/v1/cases/" + filed.text("caseId")).status()).isEqualTo(200);
        ScreenSession oversight = ScreenSession.signIn(port, "oversight-1");

        String ofCase = oversight.get("/oversight/audit?case=" + filed.text("caseNumber")).body();
        assertThat(ofCase).contains("REPORT_RECEIVED", "CASE_READ", "worker-2", filed.text("receiptNumber"));

        String ofPerson = oversight.get("/oversight/audit?actor=worker-2&action=case_read").body();
        assertThat(ofPerson).contains(filed.text("caseNumber")).doesNotContain("REPORT_RECEIVED</span>");

        String verification = oversight.get("/oversight/verification").body();
        assertThat(verification).contains("flash-ok").containsPattern("[0-9a-f]{64}");
    }

    @Test
    void badFiltersAreNamedOnTheFormAndABadCursorIsABadRequest() {
        ScreenSession oversight = ScreenSession.signIn(port, "oversight-1");

        HttpResponse<String> page = oversight.get("/oversight/audit?case=C-1999-999999&from=yesterday&to=2026-13-01&action=x%20y");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("error-summary", "field-error");
        assertThat(oversight.get("/oversight/audit?actor=%00").statusCode()).isEqualTo(200);
        assertThat(oversight.get("/oversight/audit?cursor=abc").statusCode()).isEqualTo(400);
        assertThat(oversight.get("/oversight/disclosures?cursor=abc&agency=NOPE").statusCode()).isEqualTo(400);
        assertThat(oversight.get("/oversight/feedback?agency=NOPE&type=NOPE").statusCode()).isEqualTo(200);
    }

    @Test
    void theScreensAreReadOnly() {
        ScreenSession oversight = ScreenSession.signIn(port, "oversight-1");
        assertThat(oversight.post("/oversight/audit", Map.of()).statusCode()).isEqualTo(403);
    }
}
