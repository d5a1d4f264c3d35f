package org.tsuho.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.deadline.Rulebook;
import org.tsuho.tasks.TaskClaimed;
import org.tsuho.tasks.Tasks;

/** What the incident-report process does at each automatic step, and the case status that follows. */
@Service
public class TriageSteps {

    private final CaseFiles cases;
    private final InformationRequests requests;
    private final Tasks tasks;
    private final Rulebook rulebook;
    private final Clock clock;

    TriageSteps(CaseFiles cases, InformationRequests requests, Tasks tasks, Rulebook rulebook, Clock clock) {
        this.cases = cases;
        this.requests = requests;
        this.tasks = tasks;
        this.rulebook = rulebook;
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

    /** The first case worker to take a new case starts its triage. */
    @EventListener
    void on(TaskClaimed claimed) {
        if ("triage".equals(claimed.taskKey()) && cases.get(claimed.caseId()).status() == CaseStatus.RECEIVED) {
            cases.changeStatus(claimed.caseId(), CaseStatus.TRIAGE, claimed.username(), "TRIAGE_STARTED", null);
        }
    }
}
