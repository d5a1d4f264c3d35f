package org.tsuho.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseSummary;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Reports;
import org.tsuho.intake.StoredReport;
import org.tsuho.platform.error.Checks;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.numbering.Numbering;
import org.tsuho.registry.Operator;
import org.tsuho.registry.Operators;

/**
 * Opens penalty proceedings. Whoever detects a failure (late or missing reports, a case worker, the operator
 * registry for missing notifications) calls {@link #open}; one open proceeding per company and case collects every
 * further failure instead of a second proceeding being opened.
 */
@Service
public class Proceedings {

    /** @param created false when the failures joined the proceeding already open for the case */
    public record Opened(Proceeding proceeding, boolean created) {
    }

    private static final Pattern CORPORATE_NUMBER = Pattern.compile("\\d{13}");

    private final ProceedingStore store;
    private final CaseFailures caseFailures;
    private final CaseFiles cases;
    private final Reports reports;
    private final Operators operators;
    private final PenaltyRegimes regimes;
    private final Numbering numbering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Proceedings(ProceedingStore store, CaseFailures caseFailures, CaseFiles cases, Reports reports, Operators operators, PenaltyRegimes regimes,
                Numbering numbering, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.caseFailures = caseFailures;
        this.cases = cases;
        this.reports = reports;
        this.operators = operators;
        this.regimes = regimes;
        this.numbering = numbering;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A case worker asks for a proceeding about a case: it opens with every failure the case shows so far (more join
     * it as they are detected), or the grounds join the proceeding already open.
     */
    @Transactional
    public Opened request(Actor worker, ProceedingRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String companyId = Checks.text("companyId", request.companyId(), Checks.MAX_TEXT, problems);
        if (companyId != null && !CORPORATE_NUMBER.matcher(companyId).matches()) {
            problems.add(FieldProblem.of("companyId", "error.corporateNumber"));
        }
        String caseText = Checks.text("caseId", request.caseId(), Checks.MAX_TEXT, problems);
        UUID caseId = null;
        if (caseText != null) {
            try {
                caseId = UUID.fromString(caseText);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("caseId", "error.format"));
            }
        }
        String grounds = Checks.text("grounds", request.grounds(), Checks.MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CaseSummary kase = cases.find(caseId).orElseThrow(() -> new InvalidInputException("caseId", "error.unknownCase"));
        return open(companyId, caseId, caseFailures.of(kase), worker, grounds);
    }

    /**
     * Opens a proceeding against the company about the case, or adds the failures (and grounds) to the one already
     * open. Only designated operators owe reports: a voluntary reporter's failures never lead to a proceeding.
     *
     * @param grounds why staff asked for it; null for a proceeding the system opens
     */
    @Transactional
    public Opened open(String companyId, UUID caseId, List<Failure> failures, Actor by, String grounds) {
        Operator company = operators.find(companyId).orElseThrow(() -> new InvalidInputException("companyId", "error.unknownCompany"));
        if (!company.designated()) {
            throw new InvalidInputException("companyId", "error.voluntaryReporter");
        }
        CaseSummary kase = cases.find(caseId).orElseThrow(() -> new InvalidInputException("caseId", "error.unknownCase"));
        if (!kase.companyId().equals(companyId)) {
            throw new InvalidInputException("caseId", "error.caseOfAnotherCompany");
        }
        Instant now = clock.instant();
        store.lockCase(caseId);
        Proceeding proceeding = store.findOpen(companyId, caseId).orElse(null);
        boolean created = proceeding == null;
        if (created) {
            UUID id = UUID.randomUUID();
            store.insert(id, numbering.next('P', now), companyId, caseId, regimes.current(), by.username(), now);
            proceeding = store.get(id);
            cases.record(caseId, by.username(), "PROCEEDING_OPENED", proceeding.number());
        }
        for (Failure failure : failures) {
            if (store.addFailure(proceeding.id(), failure, by.username(), now)) {
                cases.record(caseId, by.username(), "FAILURE_RECORDED", failure.type() + " " + failure.reference());
            }
            if (failure.type() == FailureType.LATE_REPORT) {
                UUID id = proceeding.id();
                reports.findByReceiptNumber(companyId, failure.reference())
                        .ifPresent(late -> store.filed(id, FailureType.LATE_REPORT, late.receiptNumber(), late.submittedAt()));
            }
        }
        if (grounds != null) {
            store.addGrounds(proceeding.id(), grounds, by.username(), now);
        }
        if (created) {
            events.publishEvent(new ProceedingOpened(proceeding.id(), proceeding.number(), caseId, kase.caseNumber(),
                    reports.ofCase(caseId).stream().findFirst().map(StoredReport::receiptNumber).orElse(null)));
        }
        return new Opened(proceeding, created);
    }
}
