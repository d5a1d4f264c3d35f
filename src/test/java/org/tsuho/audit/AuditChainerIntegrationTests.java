package org.tsuho.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * Entries commit as pending with the work they record and join the chain afterwards: the chainer thread links them
 * soon after the commit without anyone reading, a rolled-back transaction leaves nothing pending, and entries of many
 * transactions chained together join the chain in the order they were stored, which still verifies.
 */
@TsuhoIntegrationTest
class AuditChainerIntegrationTests {

    private static final Actor WORKER = new Actor("worker-1", "worker-1", Set.of(Role.CASE_WORKER), null);

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChainer chainer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCommittedEntryJoinsTheChainSoonAfterWithoutAnyoneReading() throws InterruptedException {
        String detail = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> trail.record(WORKER, null, "CHAINER_CHECK", detail));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (chained(detail) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(chained(detail)).isOne();
        assertThat(pending(detail)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNothingPending() {
        String detail = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            trail.record(WORKER, null, "CHAINER_CHECK", detail);
            status.setRollbackOnly();
        });

        assertThat(pending(detail)).isZero();
        assertThat(trail.head()).isPresent();
        assertThat(chained(detail)).isZero();
    }

    @Test
    void entriesOfManyTransactionsChainedTogetherJoinInTheOrderStoredAndTheChainVerifies() {
        String run = UUID.randomUUID().toString();
        List<String> details = IntStream.range(0, 30).mapToObj(i -> run + "-" + i).toList();
        // Held back from the chainer thread by the chain lock, so that one round takes them all.
        transactions.executeWithoutResult(lock -> {
            jdbc.queryForObject("select 1 from pg_advisory_xact_lock(?)", Integer.class, AuditLedger.CHAIN_LOCK);
            for (String detail : details) {
                new TransactionTemplate(transactions.getTransactionManager(), requiresNew())
                        .executeWithoutResult(status -> trail.record(WORKER, null, "CHAINER_CHECK", detail));
            }
            assertThat(jdbc.queryForObject("select count(*) from audit_pending where detail like ?", Integer.class, run + "-%"))
                    .isEqualTo(details.size());
        });

        chainer.chainCommitted();

        List<String> inChain = jdbc.queryForList("select detail from audit_entries where detail like ? order by seq", String.class, run + "-%");
        assertThat(inChain).containsExactlyElementsOf(details);
        assertThat(trail.verify().intact()).isTrue();
    }

    private static DefaultTransactionDefinition requiresNew() {
        var definition = new DefaultTransactionDefinition();
        definition.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return definition;
    }

    private int chained(String detail) {
        return jdbc.queryForObject("select count(*) from audit_entries where detail = ?", Integer.class, detail);
    }

    private int pending(String detail) {
        return jdbc.queryForObject("select count(*) from audit_pending where detail = ?", Integer.class, detail);
    }
}
