package org.tsuho.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Actors;
import org.tsuho.identity.Role;

/**
 * Records into the audit trail and checks it.
 * <p>
 * An entry is recorded in the caller's transaction: a {@code beforeCommit} hook stores the transaction's entries as
 * pending, so they commit with its other work and a rolled-back transaction leaves none; once committed, the
 * {@link AuditChainer} links them after the head under the chain lock, many transactions' entries at once. Readers
 * of the trail chain first. A transaction that records must not be read-only: an audited read is a write.
 * <p>
 * {@code detail} is for codes and ids only (task keys, receipt numbers, agencies, record ids): never a report's text,
 * a rationale, a note or anyone's contact data. Callers pass nothing else; what is longer than
 * {@value #MAX_DETAIL} characters is cut.
 */
@Service
public class AuditTrail {

    /** The actor of what the processes and scheduled jobs do. */
    public static final String SYSTEM = "system";
    static final int MAX_ACTOR = 100;
    static final int MAX_ROLES = 200;
    static final int MAX_DETAIL = 300;
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    /** An entry waiting for its transaction to commit. */
    record Draft(Instant at, String actor, String roles, UUID caseId, String action, String detail) {
    }

    private final AuditLedger ledger;
    private final AuditChainer chainer;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate reads;

    AuditTrail(AuditLedger ledger, AuditChainer chainer, Actors actors, Clock clock, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.chainer = chainer;
        this.actors = actors;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    /** Something a signed-in person did. */
    @Transactional
    public void record(Actor actor, UUID caseId, String action, String detail) {
        append(actor.username(), roles(actor.roles()), caseId, action, detail);
    }

    /**
     * Something done in a person's name, or by {@link #SYSTEM}. Their roles are taken from the current sign-in when it
     * is that person (a process step run by a supervisor's completion); otherwise they are left empty.
     */
    @Transactional
    public void record(String username, UUID caseId, String action, String detail) {
        append(username, rolesOf(username), caseId, action, detail);
    }

    /** Something tried by someone who is not signed in (a failed sign-in): no roles, whatever the name. */
    @Transactional
    void recordUnauthenticated(String triedName, String action, String detail) {
        append(triedName, "", null, action, detail);
    }

    /**
     * A staff read of a protected record: action {@code <RECORD_TYPE>_READ}, detail the record's id. Modules call it
     * where the record is read for a person: reports ({@code REPORT}), case detail ({@code CASE}), notices
     * ({@code NOTICE}).
     */
    @Transactional
    public void recordRead(Actor reader, String recordType, UUID recordId, UUID caseId) {
        record(reader, caseId, recordType + "_READ", recordId.toString());
    }

    /** Walks the whole chain (everything committed so far) and reports the first broken link and the head to anchor. */
    public AuditVerification verify() {
        return readChained(this::walk);
    }

    private AuditVerification walk() {
        var walk = new Object() {
            long checked;
            long expectedSeq = 1;
            String previous = AuditChain.GENESIS;
            Long brokenSeq;
            AuditVerification.Problem problem;
        };
        ledger.each(entry -> {
            walk.checked++;
            if (walk.brokenSeq == null) {
                AuditVerification.Problem found = null;
                if (entry.seq() != walk.expectedSeq) {
                    found = AuditVerification.Problem.SEQUENCE_GAP;
                } else if (!entry.prevHash().equals(walk.previous)) {
                    found = AuditVerification.Problem.PREVIOUS_MISMATCH;
                } else if (!AuditChain.hashOf(entry, entry.prevHash()).equals(entry.hash())) {
                    found = AuditVerification.Problem.HASH_MISMATCH;
                }
                if (found != null) {
                    walk.brokenSeq = entry.seq();
                    walk.problem = found;
                }
            }
            walk.expectedSeq = entry.seq() + 1;
            walk.previous = entry.hash();
        });
        return new AuditVerification(walk.brokenSeq == null, walk.checked, walk.brokenSeq, walk.problem, walk.expectedSeq - 1, walk.previous,
                clock.instant());
    }

    /** The newest entry, whose hash anchors the whole chain; empty before the first entry. */
    public Optional<AuditEntry> head() {
        return readChained(ledger::head);
    }

    /** The trail, newest first; {@code beforeSeq} continues a previous page. */
    public List<AuditEntry> search(AuditFilter filter, Long beforeSeq, int limit) {
        return readChained(() -> ledger.search(filter, beforeSeq, limit));
    }

    /** Links what has committed, then reads: a reader never misses an entry that is only waiting to be chained. */
    private <T> T readChained(Supplier<T> read) {
        chainer.chainCommitted();
        return reads.execute(status -> read.get());
    }

    private void append(String actor, String roles, UUID caseId, String action, String detail) {
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be an upper-case code: " + action);
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("an audited action needs a read-write transaction: " + action);
        }
        pending().drafts.add(new Draft(clock.instant().truncatedTo(ChronoUnit.MICROS), clean(actor, MAX_ACTOR),
                clean(roles, MAX_ROLES), caseId, action, detail == null ? null : clean(detail, MAX_DETAIL)));
    }

    /** This transaction's entries; the first call registers the hook that stores them at commit. */
    private Pending pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.ledger == ledger) {
                return p;
            }
        }
        Pending pending = new Pending(ledger, chainer);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** Found again through the synchronization list, so a suspended outer transaction keeps its own entries. */
    private static final class Pending implements TransactionSynchronization {
        private final AuditLedger ledger;
        private final AuditChainer chainer;
        private final List<Draft> drafts = new ArrayList<>();

        Pending(AuditLedger ledger, AuditChainer chainer) {
            this.ledger = ledger;
            this.chainer = chainer;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!drafts.isEmpty()) {
                ledger.stage(drafts);
            }
        }

        @Override
        public void afterCommit() {
            if (!drafts.isEmpty()) {
                chainer.wake();
            }
        }
    }

    private String rolesOf(String username) {
        if (SYSTEM.equals(username)) {
            return SYSTEM;
        }
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated() || current instanceof AnonymousAuthenticationToken) {
            return "";
        }
        try {
            Actor actor = actors.of(current);
            return actor.username().equals(username) ? roles(actor.roles()) : "";
        } catch (IllegalStateException e) {
            return "";
        }
    }

    static String roles(Collection<Role> roles) {
        return roles.stream().map(Role::group).sorted().collect(Collectors.joining(","));
    }

    /**
     * Control characters (NUL cannot even be stored) and unpaired surrogates become '?', and text is cut to the
     * column's size between whole characters, so that what is stored is exactly what was hashed.
     */
    static String clean(String text, int max) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            int width = Character.charCount(c);
            boolean usable = !Character.isISOControl(c) && !(width == 1 && Character.isSurrogate((char) c));
            if (out.length() + (usable ? width : 1) > max) {
                break;
            }
            if (usable) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
            i += width;
        }
        return out.toString();
    }
}
