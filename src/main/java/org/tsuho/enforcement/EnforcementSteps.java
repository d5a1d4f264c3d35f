package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Holidays;
import org.tsuho.deadline.Rulebook;
import org.tsuho.platform.numbering.Numbering;
import org.tsuho.registry.Operators;

/**
 * What the penalty-proceeding process does at each automatic step, and the proceeding's status that follows.
 * Serving a notice twice (an engine retry) serves nothing new.
 */
@Service
public class EnforcementSteps {

    /** Who the timeline names when the process itself acts. */
    private static final String SYSTEM = "system";

    /** What serving the penalty notice decided about the compliance watch. */
    public record PenaltyServed(Instant complianceDueAt, boolean compliedAlready) {
    }

    private final ProceedingStore store;
    private final Notices notices;
    private final NoticeDocuments documents;
    private final CaseFiles cases;
    private final Operators operators;
    private final Rulebook rulebook;
    private final Holidays holidays;
    private final Numbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnforcementSteps(ProceedingStore store, Notices notices, NoticeDocuments documents, CaseFiles cases, Operators operators,
                     Rulebook rulebook, Holidays holidays, Numbering numbering, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.documents = documents;
        this.cases = cases;
        this.operators = operators;
        this.rulebook = rulebook;
        this.holidays = holidays;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void attachProcess(UUID proceedingId, String processInstanceId) {
        store.attachProcess(proceedingId, processInstanceId);
    }

    /** A case worker prepares the notice (again, after a rejection); returns when that is due. */
    @Transactional
    public Instant planNotice(UUID proceedingId) {
        store.moveTo(proceedingId, ProceedingStatus.OPEN, clock.instant());
        return rulebook.proceedingStepDue(clock.instant());
    }

    /** Serves the approved draft as the notice of intended disposition; returns the end of the explanation period. */
    @Transactional
    public Instant serveNotice(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        NoticeDraft draft = store.approvedDraft(proceedingId).orElseThrow(() -> new IllegalStateException("no approved notice draft"));
        Notice served = notices.servedFrom(draft.id()).orElse(null);
        if (served == null) {
            Instant now = clock.instant();
            Instant respondBy = rulebook.endOfDays(now, draft.responseDays());
            NoticeDocuments.Facts facts = facts(proceeding, numbering.next('N', now), now);
            NoticeDocument document = documents.intendedDisposition(facts, draft, respondBy);
            served = new Notice(UUID.randomUUID(), facts.number(), proceedingId, proceeding.companyId(), NoticeType.INTENDED_DISPOSITION,
                    draft.disposition(), draft.fineYen(), respondBy, null, null, document, draft.decidedBy(), now);
            notices.insert(served, draft.id());
            store.moveTo(proceedingId, ProceedingStatus.AWAITING_EXPLANATION, now);
            cases.record(proceeding.caseId(), draft.decidedBy(), "NOTICE_SERVED", served.number());
            events.publishEvent(served(served, proceeding));
        }
        return served.respondBy();
    }

    /**
     * The explanation came in, or the period ended without one: a supervisor decides the disposition. Returns when
     * that decision is due.
     */
    @Transactional
    public Instant planDisposition(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        Instant now = clock.instant();
        if (notices.explanationIn(proceedingId).isEmpty()) {
            cases.record(proceeding.caseId(), SYSTEM, "EXPLANATION_PERIOD_ENDED", proceeding.number());
        }
        store.moveTo(proceedingId, ProceedingStatus.AWAITING_DISPOSITION, now);
        return rulebook.proceedingStepDue(now);
    }

    @Transactional
    public void closeWithoutAction(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        store.moveTo(proceedingId, ProceedingStatus.NO_ACTION, clock.instant());
        cases.record(proceeding.caseId(), SYSTEM, "PROCEEDING_CLOSED", ProceedingStatus.NO_ACTION.name());
    }

    /**
     * Serves the penalty notice of the decided order or fine. A fine ends the proceeding; an order starts the
     * compliance watch, unless everything it requires was already filed.
     */
    @Transactional
    public PenaltyServed servePenaltyNotice(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        ProceedingDecision decision = store.latestDecision(proceedingId, DecisionKind.DISPOSITION)
                .orElseThrow(() -> new IllegalStateException("no disposition decided"));
        Disposition disposition = Disposition.valueOf(decision.decision());
        Notice served = notices.servedFrom(decision.id()).orElse(null);
        if (served == null) {
            Instant now = clock.instant();
            NoticeDraft draft = store.approvedDraft(proceedingId).orElseThrow();
            Notice intended = notices.servedFrom(draft.id()).orElseThrow();
            Instant complianceDueAt = disposition == Disposition.ORDER ? rulebook.endOfDays(now, decision.complianceDays()) : null;
            // a last day on which the agency is closed moves to its next open day (行政機関の休日に関する法律 第2条)
            LocalDate appealBy = holidays.deadlineFalling(rulebook.appealBy(now));
            NoticeDocuments.Facts facts = facts(proceeding, numbering.next('N', now), now);
            NoticeDocument document = documents.disposition(facts, draft, intended.number(), decision,
                    notices.explanationOn(intended.id()).isPresent(), complianceDueAt, appealBy);
            served = new Notice(UUID.randomUUID(), facts.number(), proceedingId, proceeding.companyId(), NoticeType.DISPOSITION,
                    disposition, decision.fineYen(), null, complianceDueAt, appealBy, document, decision.decidedBy(), now);
            notices.insert(served, decision.id());
            cases.record(proceeding.caseId(), decision.decidedBy(), "PENALTY_NOTICE_SERVED", served.number() + " " + disposition);
            events.publishEvent(served(served, proceeding));
        }
        boolean compliedAlready = disposition == Disposition.ORDER && store.outstanding(proceedingId) == 0
                && store.failures(proceedingId).stream().anyMatch(f -> f.type() != FailureType.LATE_REPORT);
        store.moveTo(proceedingId, disposition == Disposition.ORDER ? ProceedingStatus.COMPLIANCE_WATCH : ProceedingStatus.FINE_IMPOSED,
                clock.instant());
        return new PenaltyServed(served.complianceDueAt(), compliedAlready);
    }

    @Transactional
    public void recordCompliance(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        store.moveTo(proceedingId, ProceedingStatus.COMPLIED, clock.instant());
        cases.record(proceeding.caseId(), SYSTEM, "ORDER_COMPLIED", proceeding.number());
    }

    /** The compliance deadline passed with the order unmet: a supervisor decides on referral; returns when. */
    @Transactional
    public Instant planReferral(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        Instant now = clock.instant();
        store.moveTo(proceedingId, ProceedingStatus.AWAITING_REFERRAL_DECISION, now);
        cases.record(proceeding.caseId(), SYSTEM, "ORDER_NOT_COMPLIED", proceeding.number());
        return rulebook.proceedingStepDue(now);
    }

    /** The accusation (告発) for the court fine; the court, not the regulator, imposes it. */
    @Transactional
    public void referForProsecution(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        store.moveTo(proceedingId, ProceedingStatus.REFERRED_FOR_PROSECUTION, clock.instant());
        cases.record(proceeding.caseId(), SYSTEM, "REFERRED_FOR_PROSECUTION", proceeding.number());
    }

    @Transactional
    public void close(UUID proceedingId) {
        Proceeding proceeding = store.lock(proceedingId);
        store.moveTo(proceedingId, ProceedingStatus.CLOSED, clock.instant());
        cases.record(proceeding.caseId(), SYSTEM, "PROCEEDING_CLOSED", ProceedingStatus.CLOSED.name());
    }

    private NoticeDocuments.Facts facts(Proceeding proceeding, String number, Instant servedAt) {
        CaseSummary kase = cases.get(proceeding.caseId());
        String companyName = operators.find(proceeding.companyId()).map(o -> o.nameJa()).orElse(kase.companyName());
        return new NoticeDocuments.Facts(number, servedAt, companyName, proceeding.companyId(), kase.caseNumber(), proceeding.regime(),
                store.failures(proceeding.id()));
    }

    static NoticeServed served(Notice notice, Proceeding proceeding) {
        return new NoticeServed(notice.id(), notice.number(), notice.type(), proceeding.id(), proceeding.caseId(), notice.companyId());
    }
}
