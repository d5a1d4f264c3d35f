package org.tsuho.enforcement;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Rulebook;
import org.tsuho.platform.error.NotFoundException;

/** Reads proceedings for staff: one in full, a case's, a company's, or the latest. */
@Service
public class ProceedingViews {

    private final ProceedingStore store;
    private final Notices notices;
    private final NoticeViews noticeViews;
    private final CaseFiles cases;
    private final Rulebook rulebook;

    ProceedingViews(ProceedingStore store, Notices notices, NoticeViews noticeViews, CaseFiles cases, Rulebook rulebook) {
        this.store = store;
        this.notices = notices;
        this.noticeViews = noticeViews;
        this.cases = cases;
        this.rulebook = rulebook;
    }

    @Transactional(readOnly = true)
    public ProceedingView get(UUID id) {
        Proceeding p = store.find(id).orElseThrow(() -> new NotFoundException("proceeding"));
        CaseSummary kase = cases.get(p.caseId());
        List<ListedFailure> failures = store.failures(id);
        return new ProceedingView(p.id(), p.number(), p.status(), p.regime().label(), p.companyId(), kase.companyName(), kase.id(),
                kase.caseNumber(), p.openedBy(), p.openedAt(), p.closedAt(), rulebook.settings().penalty().fineCapYen() * failures.size(),
                failures, store.grounds(id), store.drafts(id), noticeViews.ofProceeding(id), notices.explanationIn(id).orElse(null),
                store.decisions(id));
    }

    @Transactional(readOnly = true)
    public List<ProceedingSummary> ofCase(UUID caseId) {
        return store.ofCase(caseId).stream().map(this::summary).toList();
    }

    /** A company's proceedings, newest first (its compliance record). */
    @Transactional(readOnly = true)
    public List<ProceedingSummary> ofCompany(String companyId) {
        return store.ofCompany(companyId).stream().map(this::summary).toList();
    }

    /** The latest proceedings, newest first. */
    @Transactional(readOnly = true)
    public List<ProceedingSummary> latest(int limit) {
        return store.latest(limit).stream().map(this::summary).toList();
    }

    private ProceedingSummary summary(Proceeding p) {
        CaseSummary kase = cases.get(p.caseId());
        return new ProceedingSummary(p.id(), p.number(), p.status(), p.regime().label(), p.companyId(), kase.companyName(), kase.id(),
                kase.caseNumber(), p.openedAt(), p.closedAt(), store.failureCount(p.id()));
    }
}
