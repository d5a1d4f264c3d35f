package org.tsuho.triage;

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

/** A company answers a request for information on one of its own cases, once. */
@Service
public class Answers {

    static final int MAX_ANSWER = 20000;

    private final InformationRequests requests;
    private final CaseFiles cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Answers(InformationRequests requests, CaseFiles cases, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public InformationRequest answer(Actor company, UUID requestId, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException("answer", "error.required");
        }
        if (answer.strip().length() > MAX_ANSWER) {
            throw new InvalidInputException("answer", "error.length", 1, MAX_ANSWER);
        }
        InformationRequest request = requests.lock(requestId)
                .filter(r -> cases.get(r.caseId()).companyId().equals(company.companyId()))
                .orElseThrow(() -> new NotFoundException("request"));
        if (request.answered()) {
            throw new ConflictException("This request was already answered.");
        }
        Instant now = clock.instant();
        requests.answer(requestId, answer.strip(), company.username(), now);
        cases.record(request.caseId(), company.username(), "INFORMATION_PROVIDED", null);
        events.publishEvent(new InformationProvided(requestId, request.caseId()));
        return requests.find(requestId).orElseThrow();
    }
}
