package org.tsuho.triage;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.deadline.Rulebook;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.tasks.TaskClaimed;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision.Criterion;
import org.tsuho.triage.TriageDecision.Target;

/** What the incident-report process does at each automatic step, and the case status that follows. */
@Service
public class TriageSteps {

    private final CaseFiles cases;
    private final InformationRequests requests;
    private final Tasks tasks;
    private final Rulebook rulebook;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TriageSteps(CaseFiles cases, InformationRequests requests, Tasks tasks, Rulebook rulebook, JdbcClient jdbc,
                ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.tasks = tasks;
        this.rulebook = rulebook;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** When the next triage is due: by the severity already assessed, if any. */
    public Instant triageDue(Integer severity) {
        return rulebook.triageDue(clock.instant(), severity);
    }

    @Transactional
    public void triageOverdue(UUID caseId, String processInstanceId) {
        tasks.flagOverdue(processInstanceId, "triage");
        cases.record(caseId, "system", "TRIAGE_OVERDUE", null);
    }

    /** The request is out; returns when the company is to be reminded. */
    @Transactional
    public Instant informationRequested(UUID caseId, UUID requestId) {
        InformationRequest request = requests.find(requestId).orElseThrow();
        cases.changeStatus(caseId, CaseStatus.AWAITING_INFORMATION, request.askedBy(), "INFORMATION_REQUESTED", null);
        events.publishEvent(new InformationRequested(requestId, caseId, request.question(), request.dueAt()));
        Instant reminder = request.askedAt().plus(rulebook.answerReminderAfter());
        return reminder.isBefore(request.dueAt()) ? reminder : request.dueAt();
    }

    @Transactional
    public void remind(UUID caseId, UUID requestId) {
        requests.reminded(requestId, clock.instant());
        cases.record(caseId, "system", "INFORMATION_REMINDER", null);
    }

    @Transactional
    public void moveTo(UUID caseId, CaseStatus status, String actor, String action) {
        cases.changeStatus(caseId, status, actor, action, null);
    }

    /**
     * The case waits for a supervisor's decision on the latest escalation its triage proposed; the escalation module
     * takes over from {@link EscalationProposed}.
     */
    @Transactional
    public void escalationProposed(UUID caseId, String receiptNumber) {
        cases.changeStatus(caseId, CaseStatus.ESCALATION_PENDING, "system", "ESCALATION_PROPOSED", null);
        String caseNumber = cases.get(caseId).caseNumber();
        EscalationProposed proposed = jdbc.sql("""
                        select decided_by, decided_at, rationale, escalation_targets, escalation_criteria, emergency
                          from triage_decisions where case_id = ? and decision = 'ESCALATE'
                         order by decided_at desc, id limit 1
                        """)
                .param(caseId)
                .query((rs, n) -> new EscalationProposed(caseId, caseNumber, receiptNumber, rs.getString("decided_by"),
                        Jdbc.instant(rs, "decided_at"), names(rs.getArray("escalation_targets")).stream().map(Target::valueOf).toList(),
                        names(rs.getArray("escalation_criteria")).stream().map(Criterion::valueOf).toList(),
                        rs.getBoolean("emergency"), rs.getString("rationale")))
                .single();
        events.publishEvent(proposed);
    }

    /**
     * Triage is over for the case: it closes, and the enforcement module takes over from {@link ProceedingRequested}
     * with the latest OPEN_PROCEEDING decision's author and rationale.
     */
    @Transactional
    public void proceedingRequested(UUID caseId) {
        cases.changeStatus(caseId, CaseStatus.CLOSED, "system", "PROCEEDING_REQUESTED", null);
        ProceedingRequested requested = jdbc.sql("""
                        select decided_by, rationale from triage_decisions where case_id = ? and decision = 'OPEN_PROCEEDING'
                         order by decided_at desc, id limit 1
                        """)
                .param(caseId)
                .query((rs, n) -> new ProceedingRequested(caseId, rs.getString("decided_by"), rs.getString("rationale")))
                .single();
        events.publishEvent(requested);
    }

    private static List<String> names(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    /** The first case worker to take a new case starts its triage. */
    @EventListener
    void on(TaskClaimed claimed) {
        if ("triage".equals(claimed.taskKey()) && cases.get(claimed.caseId()).status() == CaseStatus.RECEIVED) {
            cases.changeStatus(claimed.caseId(), CaseStatus.TRIAGE, claimed.username(), "TRIAGE_STARTED", null);
        }
    }
}
