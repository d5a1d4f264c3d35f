package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.platform.numbering.Numbering;
import org.tsuho.registry.Operators;

/**
 * What an appeal (審査請求) may read of a disposition and do to it: who took part in the proceeding (the hearing
 * examiner must not have), who decided the disposition (the ruling supervisor must not have), the ruling's effect
 * (revocation or a lower fine) and the RULING notice served on the company.
 */
@Service
public class DispositionReview {

    /** Who the timeline and the participants leave out: the process itself acting. */
    private static final String SYSTEM = "system";

    private final ProceedingStore store;
    private final Notices notices;
    private final CaseFiles cases;
    private final Operators operators;
    private final EnforcementSettings settings;
    private final Numbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DispositionReview(ProceedingStore store, Notices notices, CaseFiles cases, Operators operators, EnforcementSettings settings,
                      Numbering numbering, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.cases = cases;
        this.operators = operators;
        this.settings = settings;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<DisposedNotice> notice(UUID noticeId) {
        return notices.find(noticeId).map(notice -> {
            Proceeding proceeding = store.get(notice.proceedingId());
            return new DisposedNotice(notice.id(), notice.number(), notice.type(), proceeding.id(), proceeding.number(),
                    proceeding.caseId(), cases.get(proceeding.caseId()).caseNumber(), notice.companyId(), notice.disposition(),
                    notice.fineYen(), notice.issuedAt(), proceeding.status());
        });
    }

    /**
     * Everyone who acted in the proceeding: opened it or gave grounds, prepared or approved a notice, decided the
     * disposition or the referral.
     */
    @Transactional(readOnly = true)
    public Set<String> participants(UUID proceedingId) {
        Set<String> people = new TreeSet<>();
        people.add(store.get(proceedingId).openedBy());
        store.grounds(proceedingId).forEach(g -> people.add(g.givenBy()));
        for (NoticeDraft draft : store.drafts(proceedingId)) {
            people.add(draft.preparedBy());
            if (draft.decidedBy() != null) {
                people.add(draft.decidedBy());
            }
        }
        store.decisions(proceedingId).forEach(d -> people.add(d.decidedBy()));
        people.remove(SYSTEM);
        return people;
    }

    /** The supervisor who decided the disposition now in force. */
    @Transactional(readOnly = true)
    public Optional<String> dispositionDecidedBy(UUID proceedingId) {
        return store.latestDecision(proceedingId, DecisionKind.DISPOSITION).map(ProceedingDecision::decidedBy);
    }

    /** 認容 (取消し): the disposition no longer stands; the proceeding's process, if still waiting, ends. */
    @Transactional
    public void revoke(UUID proceedingId, String appealNumber, String reasons, String ruledBy) {
        Proceeding proceeding = store.lock(proceedingId);
        Instant now = clock.instant();
        store.insertDecision(proceedingId, new ProceedingDecision(UUID.randomUUID(), DecisionKind.APPEAL_RULING, "GRANTED_REVOKED",
                appealNumber + "：" + reasons, null, null, ruledBy, now));
        store.moveTo(proceedingId, ProceedingStatus.REVOKED, now);
        cases.record(proceeding.caseId(), ruledBy, "DISPOSITION_REVOKED", proceeding.number() + " " + appealNumber);
        events.publishEvent(new DispositionRevoked(proceedingId, store.processInstanceOf(proceedingId), appealNumber));
    }

    /** 認容 (変更): the fine is replaced by a lower one; the proceeding keeps its status. */
    @Transactional
    public void varyFine(UUID proceedingId, long fineYen, String appealNumber, String reasons, String ruledBy) {
        Proceeding proceeding = store.lock(proceedingId);
        store.insertDecision(proceedingId, new ProceedingDecision(UUID.randomUUID(), DecisionKind.APPEAL_RULING, "GRANTED_VARIED",
                appealNumber + "：" + reasons, null, fineYen, ruledBy, clock.instant()));
        cases.record(proceeding.caseId(), ruledBy, "FINE_VARIED", proceeding.number() + " " + appealNumber + " " + fineYen);
    }

    /**
     * Serves the ruling (裁決書) on the company of the appealed notice, in the notices' official layout (number, date,
     * addressee, authority). Returns the new notice's id.
     */
    @Transactional
    public UUID serveRuling(UUID appealedNoticeId, String title, String preamble, List<NoticeDocument.Section> sections, Long fineYen,
                            String issuedBy) {
        Notice appealed = notices.find(appealedNoticeId).orElseThrow(() -> new IllegalStateException("no notice " + appealedNoticeId));
        Proceeding proceeding = store.get(appealed.proceedingId());
        CaseSummary kase = cases.get(proceeding.caseId());
        String companyName = operators.find(proceeding.companyId()).map(o -> o.nameJa()).orElse(kase.companyName());
        Instant now = clock.instant();
        String number = numbering.next('N', now);
        NoticeDocument document = new NoticeDocument(number, NoticeDocuments.date(now),
                companyName + " 御中（法人番号 " + proceeding.companyId() + "）", settings.authority(), title, preamble, sections);
        Notice ruling = new Notice(UUID.randomUUID(), number, proceeding.id(), proceeding.companyId(), NoticeType.RULING,
                appealed.disposition(), fineYen, null, null, null, document, issuedBy, now);
        notices.insert(ruling, null);
        cases.record(proceeding.caseId(), issuedBy, "RULING_SERVED", number);
        events.publishEvent(EnforcementSteps.served(ruling, proceeding));
        return ruling.id();
    }
}
