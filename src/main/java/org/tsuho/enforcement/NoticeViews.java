package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.audit.AuditTrail;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.NotFoundException;

/** Reads notices for the people allowed to: a company only its own (others are "not found"), staff all. */
@Service
public class NoticeViews {

    private final Notices notices;
    private final ProceedingStore store;
    private final NoticePdfs pdfs;
    private final AuditTrail audit;
    private final Clock clock;

    NoticeViews(Notices notices, ProceedingStore store, NoticePdfs pdfs, AuditTrail audit, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.pdfs = pdfs;
        this.audit = audit;
        this.clock = clock;
    }

    /** A staff read of a notice is audited (so the transaction is not read-only). */
    @Transactional
    public NoticeView get(Actor actor, UUID id) {
        return view(read(actor, id));
    }

    /** Newest first: a company's own, or every notice for staff. */
    @Transactional(readOnly = true)
    public List<NoticeView> list(Actor actor, Instant beforeAt, UUID beforeId, int limit) {
        List<Notice> rows = actor.isCompanyUser() ? notices.ofCompany(actor.companyId(), beforeAt, beforeId, limit)
                : notices.all(beforeAt, beforeId, limit);
        return rows.stream().map(this::view).toList();
    }

    /** The notice as a PDF document in the official layout. */
    @Transactional
    public Pdf pdf(Actor actor, UUID id) {
        Notice notice = read(actor, id);
        return new Pdf(notice.number() + ".pdf", pdfs.render(notice.document()));
    }

    /**
     * The served notice's PDF for sending it to its company: the company's own document, so no staff read to audit.
     * The notice is immutable once served, so the document is the one served.
     */
    @Transactional(readOnly = true)
    public Pdf servedPdf(UUID id) {
        Notice notice = notices.find(id).orElseThrow(() -> new NotFoundException("notice"));
        return new Pdf(notice.number() + ".pdf", pdfs.render(notice.document()));
    }

    public record Pdf(String fileName, byte[] content) {
    }

    List<NoticeView> ofProceeding(UUID proceedingId) {
        return notices.ofProceeding(proceedingId).stream().map(this::view).toList();
    }

    private Notice read(Actor actor, UUID id) {
        Notice notice = visible(actor, id);
        if (!actor.isCompanyUser()) {
            audit.recordRead(actor, "NOTICE", id, store.find(notice.proceedingId()).map(Proceeding::caseId).orElse(null));
        }
        return notice;
    }

    private Notice visible(Actor actor, UUID id) {
        return notices.find(id)
                .filter(n -> !actor.isCompanyUser() || n.companyId().equals(actor.companyId()))
                .orElseThrow(() -> new NotFoundException("notice"));
    }

    private NoticeView view(Notice notice) {
        Proceeding proceeding = store.get(notice.proceedingId());
        Explanation explanation = notice.type() == NoticeType.INTENDED_DISPOSITION ? notices.explanationOn(notice.id()).orElse(null) : null;
        boolean open = notice.type() == NoticeType.INTENDED_DISPOSITION && explanation == null
                && proceeding.status() == ProceedingStatus.AWAITING_EXPLANATION && !clock.instant().isAfter(notice.respondBy());
        return new NoticeView(notice.id(), notice.number(), notice.type(), proceeding.id(), proceeding.number(), notice.companyId(),
                notice.issuedAt(), notice.respondBy(), notice.appealBy(), notice.disposition(), notice.fineYen(),
                notice.complianceDueAt(), notice.document().text(), notice.document(), explanation, open, proceeding.status());
    }
}
