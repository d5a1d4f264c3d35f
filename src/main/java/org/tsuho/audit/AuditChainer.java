package org.tsuho.audit;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the chain ({@link AuditLedger#chainPending}), in transactions of its own that
 * each take many entries at once. A thread per node does it when a transaction that recorded entries has committed,
 * and every second regardless (entries another node committed, or that were pending when a node stopped); readers of
 * the trail chain first, so what they read is chained. The chain lock orders the chainers of several nodes.
 */
@Component
class AuditChainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    /** Entries per chaining transaction: a burst of intake chains in a few transactions, not one per report. */
    static final int BATCH = 1000;
    private static final Duration SWEEP = Duration.ofSeconds(1);

    private final AuditLedger ledger;
    private final TransactionTemplate ownTransaction;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;

    AuditChainer(AuditLedger ledger, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Links every entry committed so far, in this thread. */
    void chainCommitted() {
        Integer chained;
        do {
            chained = ownTransaction.execute(status -> ledger.chainPending(BATCH));
        } while (chained != null && chained == BATCH);
    }

    /** A transaction that recorded entries has committed: the worker chains them soon after. */
    void wake() {
        wakeUps.release();
    }

    private void work() {
        boolean failing = false;
        while (worker == Thread.currentThread()) {
            try {
                wakeUps.tryAcquire(SWEEP.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                chainCommitted();
                failing = false;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is away or busy: the entries stay pending, committed, and the next round chains them.
                if (!failing) {
                    log.warn("Audit entries not chained yet, retrying every {} s: {}", SWEEP.toSeconds(), e.toString());
                }
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::work, "audit-chainer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
