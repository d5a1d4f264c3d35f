package org.tsuho.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.deadline.Rulebook;
import org.tsuho.enforcement.DisposedNotice;
import org.tsuho.enforcement.DispositionReview;
import org.tsuho.registry.Operators;

/**
 * What the appeal process does at each automatic step, and the appeal's status that follows. Serving the ruling
 * twice (an engine retry) serves nothing new.
 */
@Service
public class AppealSteps {

    private final AppealStore store;
    private final DispositionReview dispositions;
    private final CaseFiles cases;
    private final Operators operators;
    private final Rulebook rulebook;
    private final Clock clock;

    AppealSteps(AppealStore store, DispositionReview dispositions, CaseFiles cases, Operators operators, Rulebook rulebook, Clock clock) {
        this.store = store;
        this.dispositions = dispositions;
        this.cases = cases;
        this.operators = operators;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    @Transactional
    public void attachProcess(UUID appealId, String processInstanceId) {
        store.attachProcess(appealId, processInstanceId);
    }

    /** A staff step (assign, examine, rule) is due as a proceeding's steps are. */
    public Instant stepDue() {
        return rulebook.proceedingStepDue(clock.instant());
    }

    @Transactional
    public Instant startExamination(UUID appealId) {
        store.moveTo(appealId, AppealStatus.UNDER_EXAMINATION);
        return stepDue();
    }

    /**
     * Applies the ruling to the disposition (revocation, a lower fine; a dismissal or rejection leaves it in force)
     * and serves the ruling on the company.
     */
    @Transactional
    public void serveRuling(UUID appealId) {
        Appeal appeal = store.lock(appealId);
        if (appeal.rulingNoticeId() != null) {
            return;
        }
        DisposedNotice appealed = dispositions.notice(appeal.noticeId()).orElseThrow();
        switch (appeal.ruling()) {
            case GRANTED_REVOKED -> dispositions.revoke(appeal.proceedingId(), appeal.number(), appeal.rulingReasons(), appeal.ruledBy());
            case GRANTED_VARIED -> dispositions.varyFine(appeal.proceedingId(), appeal.variedFineYen(), appeal.number(),
                    appeal.rulingReasons(), appeal.ruledBy());
            case DISMISSED, REJECTED -> {
                // the disposition stays in force: an appeal does not suspend it (行政不服審査法 第25条第1項)
            }
        }
        String companyName = operators.find(appeal.companyId()).map(o -> o.nameJa()).orElse(appeal.companyId());
        Long fineYen = appeal.ruling() == Ruling.GRANTED_VARIED ? appeal.variedFineYen() : appealed.fineYen();
        UUID notice = dispositions.serveRuling(appeal.noticeId(), RulingTexts.TITLE,
                RulingTexts.preamble(companyName, appeal, appealed.noticeNumber()),
                RulingTexts.sections(appeal, appealed.noticeNumber(), appealed.fineYen()), fineYen, appeal.ruledBy());
        store.rulingServed(appealId, notice);
        cases.record(appeal.caseId(), appeal.ruledBy(), "APPEAL_RULED", appeal.number() + " " + appeal.ruling());
    }
}
