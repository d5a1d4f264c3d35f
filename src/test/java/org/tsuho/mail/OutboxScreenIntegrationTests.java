package org.tsuho.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.audit.AuditTrail;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;

/** The outbox screen: administrators only; a given-up mail shows with its error and can be sent again (audited). */
@TsuhoIntegrationTest
class OutboxScreenIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        for (String user : new String[] {"worker-1", "supervisor-1", "oversight-1", "company-a"}) {
            assertThat(ScreenSession.signIn(port, user).get("/admin/outbox").statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> page = ScreenSession.signIn(port, "admin").get("/admin/outbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/admin/outbox\"", "id=\"count-PENDING\"", "id=\"count-FAILED\"");
    }

    @Test
    void aGivenUpMailIsListedWithItsErrorAndCanBeSentAgain() {
        String contact = "outbox-screen-" + UUID.randomUUID() + "@towa-electric.example";
        ObjectNode report = ReportBodies.flash();
        ((ObjectNode) report.get("contact")).put("email", contact);
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", report);
        assertThat(filed.status()).isEqualTo(201);
        String key = "receipt:" + filed.text("id") + ":" + contact;
        // as the sender leaves a mail after its last failed attempt
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 8, last_error = '550 mailbox unavailable' where dedup_key = ?")
                .param(key).update();
        ScreenSession admin = ScreenSession.signIn(port, "admin");

        String page = admin.get("/admin/outbox").body();
        assertThat(page).contains(contact, "550 mailbox unavailable", filed.text("receiptNumber"));

        OutboxMail failed = outbox.findByDedupKey(key).orElseThrow();
        long mark = AuditLog.mark(trail);
        HttpResponse<String> retried = admin.post("/admin/outbox/" + failed.id() + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        OutboxMail again = outbox.findByDedupKey(key).orElseThrow();
        assertThat(again.status()).isEqualTo(MailStatus.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(AuditLog.since(trail, mark)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("MAIL_RETRIED");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.detail()).isEqualTo(failed.id().toString());
        });

        assertThat(admin.post("/admin/outbox/" + failed.id() + "/retry", Map.of()).statusCode()).as("only a failed mail").isEqualTo(302);
        assertThat(outbox.findByDedupKey(key).orElseThrow().status()).isEqualTo(MailStatus.PENDING);
    }
}
