package org.tsuho.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.ReportBodies;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * The audit trail on a real PostgreSQL: the database refuses to change it, its chain verifies, a row edited or removed
 * behind the guard's back is named by the verification, concurrent writers still make one chain, and no entry
 * carries a report's text or contact data. Tampering tests put the row back, so the shared trail stays intact.
 */
@TsuhoIntegrationTest
class AuditTrailIntegrationTests {

    private static final Actor WORKER = new Actor("worker-1", "worker-1", Set.of(Role.CASE_WORKER), null);

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheTrail() {
        long seq = recordOne("GUARD_CHECK");

        assertThatThrownBy(() -> jdbc.update("update audit_entries set detail = 'changed' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entries where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entries"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select detail from audit_entries where seq = ?", String.class, seq)).isEqualTo("check");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theGuardIsLiftedOnlyForTheTransactionThatAsksAndOnlyExplicitly() {
        long seq = recordOne("GUARD_CHECK");
        String original = jdbc.queryForObject("select detail from audit_entries where seq = ?", String.class, seq);

        transactions.executeWithoutResult(tx -> {
            jdbc.execute("set local tsuho.audit_maintenance = 'on'");
            jdbc.update("update audit_entries set detail = 'lifted' where seq = ?", seq);
            jdbc.update("update audit_entries set detail = ? where seq = ?", original, seq);
        });
        assertThatThrownBy(() -> jdbc.update("update audit_entries set detail = 'after' where seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theChainVerifiesAndItsHeadIsTheLastEntry() {
        long mark = AuditLog.mark(trail);
        UUID caseId = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            trail.record(WORKER, caseId, "CHAIN_CHECK", "first");
            trail.record("system", caseId, "CHAIN_CHECK", null);
            trail.recordRead(WORKER, "NOTICE", UUID.randomUUID(), caseId);
        });

        List<AuditEntry> added = AuditLog.since(trail, mark);
        assertThat(added).extracting(AuditEntry::seq).containsExactly(mark + 1, mark + 2, mark + 3);
        assertThat(added).extracting(AuditEntry::action).containsExactly("CHAIN_CHECK", "CHAIN_CHECK", "NOTICE_READ");
        assertThat(added).extracting(AuditEntry::roles).containsExactly("case-worker", "system", "case-worker");
        assertThat(added.get(1).prevHash()).isEqualTo(added.get(0).hash());
        assertThat(added.get(2).prevHash()).isEqualTo(added.get(1).hash());

        AuditVerification result = trail.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(result.headSeq()).isGreaterThanOrEqualTo(mark + 3);
        assertThat(result.headHash()).isEqualTo(trail.head().orElseThrow().hash());
    }

    @Test
    void anEntryEditedBehindTheGuardsBackIsNamedByTheVerification() {
        long seq = recordOne("TAMPER_CHECK");
        recordOne("TAMPER_CHECK");

        maintenance("update audit_entries set detail = 'rewritten' where seq = ?", seq);
        try {
            AuditVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).isEqualTo(AuditVerification.Problem.HASH_MISMATCH);
        } finally {
            maintenance("update audit_entries set detail = 'check' where seq = ?", seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheEntryAfterIt() {
        long seq = recordOne("TAMPER_CHECK");
        recordOne("TAMPER_CHECK");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entries where seq = ?", seq);

        maintenance("delete from audit_entries where seq = ?", seq);
        try {
            AuditVerification result = trail.verify();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(result.problem()).isEqualTo(AuditVerification.Problem.SEQUENCE_GAP);
        } finally {
            jdbc.update("insert into audit_entries (seq, at, actor, roles, case_id, action, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("seq"), row.get("at"), row.get("actor"), row.get("roles"), row.get("case_id"), row.get("action"),
                    row.get("detail"), row.get("prev_hash"), row.get("hash"));
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRewrittenChainTailIsCaughtByThePreviousLinkOfTheNextEntry() {
        long seq = recordOne("TAMPER_CHECK");
        recordOne("TAMPER_CHECK");
        AuditEntry original = entry(seq);
        // a careful forger recomputes the edited entry's own hash, but cannot change what the next entry points to
        String forged = AuditChain.hash(original.prevHash(), AuditChain.canonical(seq, original.at(), original.actor(),
                original.roles(), original.caseId(), original.action(), "forged"));

        maintenance("update audit_entries set detail = 'forged', hash = ? where seq = ?", forged, seq);
        try {
            AuditVerification result = trail.verify();
            assertThat(result.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(result.problem()).isEqualTo(AuditVerification.Problem.PREVIOUS_MISMATCH);
        } finally {
            maintenance("update audit_entries set detail = ?, hash = ? where seq = ?", original.detail(), original.hash(), seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void eightConcurrentWritersMakeOneUnbrokenChain() throws Exception {
        long mark = AuditLog.mark(trail);
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String actor = "writer-" + t;
                writers.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        transactions.executeWithoutResult(tx -> {
                            trail.record(actor, null, "CONCURRENCY_CHECK", Integer.toString(n));
                            if (n % 5 == 0) {
                                trail.record(actor, null, "CONCURRENCY_CHECK", n + " second");
                            }
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditEntry> added = AuditLog.since(trail, mark);
        assertThat(added).hasSize(8 * (perThread + 5));
        assertThat(added).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, added.size()).mapToObj(i -> mark + i).toList());
        for (int i = 1; i < added.size(); i++) {
            assertThat(added.get(i).prevHash()).isEqualTo(added.get(i - 1).hash());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEntryOfARolledBackTransactionIsNeverWritten() {
        long mark = AuditLog.mark(trail);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            trail.record(WORKER, null, "ROLLBACK_CHECK", null);
            throw new IllegalStateException("the work failed");
        })).hasMessage("the work failed");

        assertThat(AuditLog.since(trail, mark)).isEmpty();
    }

    @Test
    void noEntryCarriesTheReportsTextOrTheContactsPersonalData() {
        long mark = AuditLog.mark(trail);
        var body = ReportBodies.flash();
        String title = body.get("title").asText();
        ApiClient.Response filed = ApiClient.on(port).as("company-a").post("/api/v1/reports", body);
        assertThat(filed.status()).isEqualTo(201);
        assertThat(ApiClient.on(port).as("worker-1").get("/api/v1/cases/" + filed.text("caseId")).status()).isEqualTo(200);

        List<AuditEntry> added = AuditLog.since(trail, mark);
        assertThat(added).extracting(AuditEntry::action).contains("REPORT_RECEIVED", "CASE_READ");
        assertThat(added).allSatisfy(e -> assertThat(e.actor() + " " + e.detail()).doesNotContain(
                title, body.get("summary").asText(), "山田", "soc@towa-electric.example", "+81-3-1234-5678", "203.0.113.7", "web01"));
    }

    @Test
    void oversightVerifiesOverTheApiAndExportsTheHeadOthersAreRefused() {
        ApiClient.Response verified = ApiClient.on(port).as("oversight-1").get("/api/v1/audit/verify");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("intact").asBoolean()).isTrue();
        assertThat(verified.json().get("checked").asLong()).isPositive();
        assertThat(verified.json().get("headHash").asText()).matches("[0-9a-f]{64}");
        assertThat(verified.json().get("firstBrokenSeq").isNull()).isTrue();

        ApiClient.Response head = ApiClient.on(port).as("admin").get("/api/v1/audit/head");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.json().get("seq").asLong()).isGreaterThanOrEqualTo(verified.json().get("headSeq").asLong());
        assertThat(head.json().get("hash").asText()).matches("[0-9a-f]{64}");

        assertThat(ApiClient.on(port).as("worker-1").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(ApiClient.on(port).as("company-a").get("/api/v1/audit/head").status()).isEqualTo(403);
        assertThat(ApiClient.on(port).get("/api/v1/audit/head").status()).isEqualTo(401);
    }

    private long recordOne(String action) {
        long mark = AuditLog.mark(trail);
        transactions.executeWithoutResult(tx -> trail.record(WORKER, null, action, "check"));
        return AuditLog.since(trail, mark).stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow().seq();
    }

    private AuditEntry entry(long seq) {
        return trail.search(AuditFilter.none(), seq + 1, 1).get(0);
    }

    /** Runs one statement with the guard lifted, as maintenance would. */
    private void maintenance(String sql, Object... args) {
        transactions.executeWithoutResult(tx -> {
            jdbc.execute("set local tsuho.audit_maintenance = 'on'");
            jdbc.update(sql, args);
        });
    }
}
