package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.NotFoundException;

/** A company explains itself in writing (弁明書) on its own notice of intended disposition, once, within the period. */
@Service
public class Explanations {

    static final int MAX_TEXT = 20000;

    private final Notices notices;
    private final ProceedingStore store;
    private final CaseFiles cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Explanations(Notices notices, ProceedingStore store, CaseFiles cases, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.store = store;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Explanation submit(Actor company, UUID noticeId, String text) {
        Notice notice = notices.lock(noticeId)
                .filter(n -> n.companyId().equals(company.companyId()))
                .orElseThrow(() -> new NotFoundException("notice"));
        if (notice.type() != NoticeType.INTENDED_DISPOSITION) {
            throw new ConflictException("Only a notice of intended disposition can be answered with a written explanation.");
        }
        Instant now = clock.instant();
        if (now.isAfter(notice.respondBy())) {
            throw new ConflictException("The explanation period of this notice ended at " + notice.respondBy() + ".");
        }
        if (notices.explanationOn(noticeId).isPresent()) {
            throw new ConflictException("An explanation on this notice was already submitted.");
        }
        Proceeding proceeding = store.lock(notice.proceedingId());
        if (proceeding.status() != ProceedingStatus.AWAITING_EXPLANATION) {
            throw new ConflictException("The proceeding no longer awaits an explanation.");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "error.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidInputException("text", "error.length", 1, MAX_TEXT);
        }
        Explanation explanation = new Explanation(UUID.randomUUID(), noticeId, text.strip(), company.username(), now);
        notices.insertExplanation(explanation, proceeding.id());
        cases.record(proceeding.caseId(), company.username(), "EXPLANATION_RECEIVED", notice.number());
        events.publishEvent(new ExplanationSubmitted(proceeding.id(), noticeId));
        return explanation;
    }
}
