package org.tsuho.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.deadline.Rulebook;
import org.tsuho.deadline.Stage;
import org.tsuho.identity.Actor;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.UnprocessableException;
import org.tsuho.platform.numbering.Numbering;
import org.tsuho.registry.Operators;

/**
 * Files a company's report. All durable work happens in one short transaction: idempotency claim, numbers, case,
 * report, timeline, and (through {@link ReportReceived}) the process start, so an acknowledged report is never lost.
 */
@Service
public class Intake {

    /** The outcome: the report, and whether this was a replay of an earlier identical request. */
    public record Filed(ReportView report, boolean replayed) {
    }

    private final SubmissionValidator validator;
    private final Reports reports;
    private final ReportViews views;
    private final IdempotencyKeys idempotencyKeys;
    private final CaseFiles cases;
    private final Numbering numbering;
    private final Rulebook rulebook;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Operators operators;

    Intake(SubmissionValidator validator, Reports reports, ReportViews views, IdempotencyKeys idempotencyKeys,
           CaseFiles cases, Numbering numbering, Rulebook rulebook, ApplicationEventPublisher events, Clock clock,
           Operators operators) {
        this.validator = validator;
        this.reports = reports;
        this.views = views;
        this.idempotencyKeys = idempotencyKeys;
        this.cases = cases;
        this.numbering = numbering;
        this.rulebook = rulebook;
        this.events = events;
        this.clock = clock;
        this.operators = operators;
    }

    /**
     * @param idempotencyKey optional; the same key with the same {@code requestHash} replays the first answer
     * @param requestHash    a digest of the request body, to tell a retry from a different request under the same key
     */
    @Transactional
    public Filed submit(Actor company, ReportSubmission submission, String idempotencyKey, String requestHash) {
        NewReport report = validator.validate(submission);
        // Only a designated operator owes reports; anyone else's is voluntary (任意報告) and can never lead to a proceeding.
        boolean voluntary = !operators.ofAccount(company.companyId()).designated();
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Claim> earlier = idempotencyKeys.claim(company.companyId(), idempotencyKey, requestHash, now);
            if (earlier.isPresent()) {
                return replay(company, earlier.get(), requestHash);
            }
        }

        StoredReport previous = null;
        if (report.relatesTo() != null) {
            previous = reports.findByReceiptNumber(company.companyId(), report.relatesTo())
                    .orElseThrow(() -> new InvalidInputException("relatesTo", "error.unknownReport"));
        }
        CaseSummary kase = previous != null ? cases.get(previous.caseId()) : openCase(company, report, voluntary);
        boolean newCase = previous == null;

        Instant awareness = kase.awareAt() != null ? kase.awareAt() : report.awareAt();
        boolean late = report.stage() != null && rulebook.isLate(report.stage(), awareness, now);
        UUID id = UUID.randomUUID();
        String receiptNumber = numbering.next('R', now);
        StoredReport stored = reports.insert(id, receiptNumber, kase.id(), company.companyId(), previous, report,
                now, company.username(), late, voluntary);
        cases.record(kase.id(), company.username(), "REPORT_RECEIVED",
                receiptNumber + (report.stage() == null ? "" : " " + report.stage()) + (late ? " LATE" : ""));
        if (idempotencyKey != null) {
            idempotencyKeys.complete(company.companyId(), idempotencyKey, id);
        }
        events.publishEvent(new ReportReceived(stored, kase.caseNumber(), newCase));
        return new Filed(views.view(stored), false);
    }

    private CaseSummary openCase(Actor company, NewReport report, boolean voluntary) {
        UUID duplicateOf = report.stage() == Stage.FLASH
                ? reports.flashDuplicateCase(company.companyId(), report.title(), report.awareAt()).orElse(null)
                : null;
        CaseSummary kase = cases.open(company.companyId(), report.title(), report.tlp().label(),
                report.category() == null ? null : report.category().name(), report.awareAt(), duplicateOf);
        if (voluntary) {
            cases.markVoluntary(kase.id());
        }
        if (duplicateOf != null) {
            cases.record(kase.id(), "system", "POSSIBLE_DUPLICATE", cases.get(duplicateOf).caseNumber());
            cases.record(duplicateOf, "system", "POSSIBLE_DUPLICATE", kase.caseNumber());
        }
        return kase;
    }

    private Filed replay(Actor company, IdempotencyKeys.Claim earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new UnprocessableException("This Idempotency-Key was already used with a different request body.");
        }
        if (earlier.reportId() == null) {
            throw new ConflictException("The first request with this Idempotency-Key is still being processed.");
        }
        return new Filed(views.get(company, earlier.reportId()), true);
    }
}
