package org.tsuho.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/** Sign-ins, sign-outs and refusals in the audit trail, each recorded once. */
@TsuhoIntegrationTest
class AccessAuditIntegrationTests {

    @Autowired
    AuditTrail trail;
    @LocalServerPort
    int port;

    @Test
    void aFormSignInAndSignOutAreRecordedWithTheRoles() {
        long mark = AuditLog.mark(trail);
        ScreenSession session = ScreenSession.signIn(port, "supervisor-2");
        session.post("/logout", java.util.Map.of());

        List<AuditEntry> added = AuditLog.since(trail, mark);
        assertThat(added).filteredOn(e -> e.action().equals("LOGIN")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("supervisor-2");
            assertThat(e.roles()).isEqualTo("examiner,supervisor");
            assertThat(e.detail()).isEqualTo("FORM");
            assertThat(e.caseId()).isNull();
        });
        assertThat(added).filteredOn(e -> e.action().equals("LOGOUT")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("supervisor-2"));
    }

    @Test
    void failedSignInsAreRecordedOnTheScreensAndTheApiWithoutTheTriedPassword() {
        long mark = AuditLog.mark(trail);
        HttpResponse<String> refused = ScreenSession.anonymous(port).signIn("worker-2", "wrong-password");
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(ApiClient.on(port).as("worker-2", "also-wrong").get("/api/v1/tasks").status()).isEqualTo(401);

        List<AuditEntry> failed = AuditLog.since(trail, mark).stream().filter(e -> e.action().equals("LOGIN_FAILED")).toList();
        assertThat(failed).extracting(AuditEntry::actor).containsExactly("worker-2", "worker-2");
        assertThat(failed).extracting(AuditEntry::detail).containsExactly("BadCredentials SCREEN", "BadCredentials API");
        assertThat(failed).extracting(AuditEntry::roles).containsOnly("");
        assertThat(failed).allSatisfy(e -> assertThat(e.detail()).doesNotContain("wrong"));
    }

    @Test
    void successfulHttpBasicCallsAreNotSignInsOfTheirOwn() {
        long mark = AuditLog.mark(trail);
        assertThat(ApiClient.on(port).as("worker-1").get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(ApiClient.on(port).as("worker-1").get("/api/v1/tasks").status()).isEqualTo(200);

        assertThat(AuditLog.since(trail, mark)).extracting(AuditEntry::action).doesNotContain("LOGIN", "LOGIN_FAILED");
    }

    @Test
    void aRoleRefusedOnTheApiIsRecordedOnce() {
        long mark = AuditLog.mark(trail);
        assertThat(ApiClient.on(port).as("company-b").get("/api/v1/cases").status()).isEqualTo(403);

        assertThat(AuditLog.since(trail, mark)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ACCESS_REFUSED");
            assertThat(e.actor()).isEqualTo("company-b");
            assertThat(e.roles()).isEqualTo("company");
            assertThat(e.detail()).isEqualTo("GET /api/v1/cases");
        });
    }

    @Test
    void aRoleRefusedOnTheScreensIsRecordedOnceWithTheForbiddenPage() {
        ScreenSession worker = ScreenSession.signIn(port, "worker-1");
        long mark = AuditLog.mark(trail);
        HttpResponse<String> page = worker.get("/oversight/audit?case=C-1");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(AuditLog.since(trail, mark)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ACCESS_REFUSED");
            assertThat(e.actor()).isEqualTo("worker-1");
            assertThat(e.detail()).isEqualTo("GET /oversight/audit");
        });
    }

    @Test
    void unauthenticatedRequestsAreNotRefusalsOfAPerson() {
        long mark = AuditLog.mark(trail);
        assertThat(ApiClient.on(port).get("/api/v1/cases").status()).isEqualTo(401);
        assertThat(ScreenSession.anonymous(port).get("/oversight").statusCode()).isEqualTo(302);

        assertThat(AuditLog.since(trail, mark)).isEmpty();
    }
}
