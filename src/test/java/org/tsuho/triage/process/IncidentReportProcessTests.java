package org.tsuho.triage.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Actors;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportSubmission.ContactInput;
import org.tsuho.intake.ReportSubmission.IndicatorInput;
import org.tsuho.intake.ReportView;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.Answers;
import org.tsuho.triage.InformationRequest;
import org.tsuho.triage.InformationRequests;
import org.tsuho.triage.TriageDecision;

/**
 * {@code processes/incident-report.bpmn} on the real engine and PostgreSQL, one test per path. Reports come in
 * through {@link Intake} and tasks are completed through {@link Tasks}, as the API does; timers are driven by the
 * engine clock, which the application's {@code Clock} reads too, so the rulebook's deadlines and the timers agree.
 * The company is a designated operator, so beside the triage each case's process watches for the detailed report
 * ({@value #WATCH}); the watch's own paths are in {@code PenaltyProceedingProcessTests}.
 */
@TsuhoIntegrationTest
class IncidentReportProcessTests {

    /** 10:00 in Japan; the company became aware an hour earlier. */
    private static final Instant START = Instant.parse("2026-11-25T01:00:00Z");
    private static final String AWARE_AT = "2026-11-25T09:00:00+09:00";
    /** The detailed report's watch, which waits beside the triage until the report or its deadline. */
    private static final String WATCH = "Wait_DetailedReport";

    @Autowired
    private Intake intake;
    @Autowired
    private Tasks tasks;
    @Autowired
    private Answers answers;
    @Autowired
    private CaseFiles cases;
    @Autowired
    private InformationRequests requests;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private HistoryService history;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private Actors actors;

    private Actor company;
    private Actor worker;

    @BeforeEach
    void setUp() {
        setClock(START);
        company = demoAccount("company-a");
        worker = demoAccount("worker-1");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void closeEndsTheProcessAndClosesTheCase() {
        ReportView report = fileFlashReport();
        String process = processOf(report);
        Task triage = triageTask(process);

        takeAndDecide(triage, decision(1, "CLOSE"));

        // The triage has ended; the process still watches for the detailed report the company owes.
        assertThat(runtime.getActiveActivityIds(process)).containsExactly(WATCH);
        assertThat(activityPath(process)).containsSubsequence("StartEvent_ReportReceived", "Gateway_Fork", "Activity_PlanTriage",
                "Task_Triage", "Gateway_TriageDecision", "Activity_CloseCase", "EndEvent_CaseClosed");
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.get(report.caseId()).severity()).isEqualTo(1);
        // billing-01 was never notified by the operator: the case carries the missing-notification flag.
        assertThat(actions(report)).containsExactly("REPORT_RECEIVED", "MISSING_NOTIFICATION", "TASK_CLAIMED", "TRIAGE_STARTED",
                "TRIAGED", "CASE_CLOSED");
        assertThat(tasks.ofCase(report.caseId())).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(process).activityId("Timer_TriageOverdue").count()).isZero();
    }

    @Test
    void aNewReportWaitsForTriageWithinTheUnassessedSla() {
        ReportView report = fileFlashReport();
        String process = processOf(report);
        Task triage = triageTask(process);
        Instant due = START.plus(Duration.ofHours(8));

        assertThat(triage.getDueDate().toInstant()).isEqualTo(due);
        assertThat(triage.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(triage.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("case-worker"));
        assertThat(timer(process, "Timer_TriageOverdue").getDuedate().toInstant()).isEqualTo(due);
        assertThat(tasks.ofCase(report.caseId())).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(triage.getId());
            assertThat(item.taskKey()).isEqualTo("triage");
            assertThat(item.dueAt()).isEqualTo(due);
            assertThat(item.overdue()).isFalse();
            assertThat(item.receiptNumber()).isEqualTo(report.receiptNumber());
        });
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.RECEIVED);

        tasks.claim(worker, triage.getId());

        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo("worker-1");
    }

    @Test
    void aClosedCaseStillWaitsForItsDetailedReportAndThenEnds() {
        ReportView flash = fileFlashReport();
        String process = processOf(flash);
        takeAndDecide(triageTask(process), decision(1, "CLOSE"));
        setClock(START.plus(Duration.ofDays(3)));

        intake.submit(company, submission("DETAILED", flash.receiptNumber(), flash.title()), null, null);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(activityPath(process)).contains("EndEvent_CaseClosed", "EndEvent_DetailedReportFiled");
        assertThat(management.createJobQuery().processInstanceId(process).count()).as("no timer left behind").isZero();
    }

    @Test
    void requestingInformationWaitsForTheAnswer() {
        ReportView report = fileFlashReport();
        String process = processOf(report);

        takeAndDecide(triageTask(process), requestInformation(2));

        assertThat(runtime.getActiveActivityIds(process)).containsExactlyInAnyOrder("Wait_Answer", WATCH);
        assertThat(activityPath(process)).containsSubsequence("Task_Triage", "Gateway_TriageDecision",
                "Activity_SendInformationRequest", "Wait_Answer");
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(actions(report)).endsWith("TRIAGED", "INFORMATION_REQUESTED");
        InformationRequest request = onlyRequest(report);
        assertThat(request.askedBy()).isEqualTo("worker-1");
        assertThat(request.askedAt()).isEqualTo(START);
        assertThat(request.dueAt()).isEqualTo(START.plus(Duration.ofDays(5)));
        assertThat(request.answered()).isFalse();
        assertThat(timer(process, "Timer_AnswerReminder").getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(tasks.ofCase(report.caseId())).isEmpty();
    }

    @Test
    void theAnswerBringsTheCaseBackToTriageDueBySeverity() {
        ReportView report = fileFlashReport();
        String process = processOf(report);
        Task first = triageTask(process);
        takeAndDecide(first, requestInformation(2));
        InformationRequest request = onlyRequest(report);

        Instant answeredAt = START.plus(Duration.ofDays(1));
        setClock(answeredAt);
        answers.answer(company, request.id(), "The encrypted hosts were restored from backup.");

        Task again = triageTask(process);
        Instant due = answeredAt.plus(Duration.ofDays(1));
        assertThat(again.getId()).isNotEqualTo(first.getId());
        assertThat(again.getDueDate().toInstant()).isEqualTo(due);
        assertThat(again.getAssignee()).isNull();
        assertThat(runtime.getActiveActivityIds(process)).containsExactlyInAnyOrder("Task_Triage", WATCH);
        assertThat(activityPath(process)).containsSubsequence("Wait_Answer", "Activity_ResumeTriage", "Activity_PlanTriage",
                "Task_Triage");
        assertThat(timer(process, "Timer_TriageOverdue").getDuedate().toInstant()).isEqualTo(due);
        assertThat(management.createJobQuery().processInstanceId(process).activityId("Timer_AnswerReminder").count()).isZero();
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(actions(report)).endsWith("INFORMATION_REQUESTED", "INFORMATION_PROVIDED", "TRIAGE_RESUMED");
        assertThat(requests.find(request.id()).orElseThrow()).satisfies(answered -> {
            assertThat(answered.answeredAt()).isEqualTo(answeredAt);
            assertThat(answered.answeredBy()).isEqualTo("company-a");
        });
        assertThat(tasks.ofCase(report.caseId())).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(again.getId());
            assertThat(item.dueAt()).isEqualTo(due);
            assertThat(item.severity()).isEqualTo(2);
        });
    }

    @Test
    void anUnansweredRequestIsRemindedAfterTheReminderPeriod() {
        ReportView report = fileFlashReport();
        String process = processOf(report);
        takeAndDecide(triageTask(process), requestInformation(3));
        InformationRequest request = onlyRequest(report);
        Instant reminderAt = START.plus(Duration.ofDays(3));

        setClock(reminderAt.minusSeconds(1));
        assertThat(dueTimers(process)).isEmpty();

        setClock(reminderAt);
        Job reminder = timer(process, "Timer_AnswerReminder");
        assertThat(dueTimers(process)).extracting(Job::getId).containsExactly(reminder.getId());
        management.executeJob(reminder.getId());

        assertThat(requests.find(request.id()).orElseThrow().remindedAt()).isEqualTo(reminderAt);
        assertThat(actions(report)).endsWith("INFORMATION_REQUESTED", "INFORMATION_REMINDER");
        assertThat(activityPath(process)).containsSubsequence("Timer_AnswerReminder", "Activity_RemindCompany", "EndEvent_Reminded");
        assertThat(runtime.getActiveActivityIds(process)).containsExactlyInAnyOrder("Wait_Answer", WATCH);
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(management.createJobQuery().processInstanceId(process).activityId("Timer_AnswerReminder").count())
                .as("the company is reminded once").isZero();
    }

    @Test
    void anUntriagedReportIsFlaggedOverdueAtItsDueTimeAndStaysInTheQueue() {
        ReportView report = fileFlashReport();
        String process = processOf(report);
        Task triage = triageTask(process);
        Instant due = START.plus(Duration.ofHours(8));

        setClock(due.minusSeconds(1));
        assertThat(dueTimers(process)).isEmpty();

        setClock(due);
        Job overdue = timer(process, "Timer_TriageOverdue");
        assertThat(dueTimers(process)).extracting(Job::getId).containsExactly(overdue.getId());
        management.executeJob(overdue.getId());

        assertThat(overdueFlag(triage.getId())).isTrue();
        assertThat(triageTask(process).getId()).isEqualTo(triage.getId());
        assertThat(runtime.getActiveActivityIds(process)).containsExactlyInAnyOrder("Task_Triage", WATCH);
        assertThat(activityPath(process)).containsSubsequence("Timer_TriageOverdue", "Activity_FlagTriageOverdue",
                "EndEvent_OverdueFlagged");
        assertThat(actions(report)).endsWith("TRIAGE_OVERDUE");
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(tasks.ofCase(report.caseId())).singleElement().extracting(TaskItem::overdue).isEqualTo(true);

        takeAndDecide(triage, decision(0, "CLOSE"));
        assertThat(activityPath(process)).endsWith("EndEvent_CaseClosed");
    }

    @Test
    void escalationHandsTheCaseToTheEscalationProcess() {
        ReportView report = fileFlashReport();
        String process = processOf(report);

        takeAndDecide(triageTask(process), new TriageDecision(4, "RANSOMWARE", "ESCALATE", "Attack infrastructure still active.",
                null, new TriageDecision.Escalation(List.of("POLICE"), List.of("ONGOING_ATTACK_INFRASTRUCTURE"), false)));

        assertThat(runtime.getActiveActivityIds(process)).containsExactlyInAnyOrder("Wait_EscalationProcess", WATCH);
        assertThat(activityPath(process)).containsSubsequence("Gateway_TriageDecision", "Activity_MarkEscalationPending",
                "Wait_EscalationProcess");
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.ESCALATION_PENDING);
        assertThat(actions(report)).endsWith("TRIAGED", "ESCALATION_PROPOSED");
        // The escalation process has taken over: its first task is the supervisor's approval.
        assertThat(tasks.ofCase(report.caseId())).extracting(t -> t.taskKey()).containsExactly("approve-escalation");
        assertThat(management.createJobQuery().processInstanceId(process).activityId("Timer_TriageOverdue").count()).isZero();
    }

    @Test
    void openingAProceedingHandsTheCaseToThePenaltyProceeding() {
        ReportView report = fileFlashReport();
        String process = processOf(report);

        takeAndDecide(triageTask(process), decision(2, "OPEN_PROCEEDING"));

        assertThat(runtime.getActiveActivityIds(process)).containsExactly(WATCH);
        assertThat(activityPath(process)).containsSubsequence("Gateway_TriageDecision", "Activity_RequestProceeding",
                "EndEvent_ProceedingOpened");
        assertThat(actions(report)).containsSubsequence("TRIAGED", "PROCEEDING_REQUESTED", "PROCEEDING_OPENED");
        // Triage is over for this case; the proceeding carries its own status, and its first task is the notice.
        assertThat(cases.get(report.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(tasks.ofCase(report.caseId())).extracting(TaskItem::taskKey).containsExactly("prepare-notice");
    }

    @Test
    void aDetailedReportJoinsTheCaseWithoutASecondProcess() {
        ReportView flash = fileFlashReport();
        String process = processOf(flash);
        setClock(START.plus(Duration.ofDays(2)));

        ReportView detailed = intake.submit(company, submission("DETAILED", flash.receiptNumber(), flash.title()), null, null).report();

        assertThat(detailed.caseId()).isEqualTo(flash.caseId());
        assertThat(detailed.caseNumber()).isEqualTo(flash.caseNumber());
        assertThat(detailed.late()).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(flash.caseNumber()).list())
                .extracting(ProcessInstance::getId).containsExactly(process);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(flash.caseNumber()).count()).isOne();
        assertThat(triageTask(process)).isNotNull();
        assertThat(runtime.getActiveActivityIds(process)).as("the detailed report ended the watch").containsExactly("Task_Triage");
        assertThat(activityPath(process)).contains("EndEvent_DetailedReportFiled");
        assertThat(tasks.ofCase(flash.caseId())).hasSize(1);
        assertThat(actions(flash)).as("billing-01 flagged once, as never notified")
                .containsExactly("REPORT_RECEIVED", "MISSING_NOTIFICATION", "REPORT_RECEIVED");
    }

    @Test
    void anAssetNotificationStartsNoIncidentProcess() {
        ReportSubmission notification = new ReportSubmission("ASSET_NOTIFICATION", null, null, null, "SCADA gateway " + UUID.randomUUID(),
                "A new gateway for the substations.", null, null, "2026-11-20", null, null, null, null,
                new ContactInput("報告 担当", "soc@towa-electric.example", null));

        ReportView report = intake.submit(company, notification, null, null).report();

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentReportProcess.KEY)
                .processInstanceBusinessKey(report.caseNumber()).count()).isZero();
        assertThat(tasks.ofCase(report.caseId())).extracting(TaskItem::taskKey).as("the asset-notification process reviews it")
                .containsExactly("review-notification");
    }

    private ReportView fileFlashReport() {
        return intake.submit(company, submission("FLASH", null, "Ransomware on billing " + UUID.randomUUID()), null, null).report();
    }

    private static ReportSubmission submission(String stage, String relatesTo, String title) {
        return new ReportSubmission("INCIDENT", stage, relatesTo, "RANSOMWARE", title, "Billing servers encrypted; ransom note found.",
                AWARE_AT, null, null, List.of("billing-01"), List.of(new IndicatorInput("ipv4-addr", "203.0.113.7")), "AMBER",
                false, new ContactInput("山田 太郎", "soc@towa-electric.example", "+81 3-1234-5678"));
    }

    private static TriageDecision decision(int severity, String decision) {
        return new TriageDecision(severity, "RANSOMWARE", decision, "Assessed from the flash report.", null, null);
    }

    private static TriageDecision requestInformation(int severity) {
        return new TriageDecision(severity, "RANSOMWARE", "REQUEST_INFORMATION", "Scope unclear.",
                "Which systems were encrypted, and are backups intact?", null);
    }

    private void takeAndDecide(Task task, TriageDecision decision) {
        tasks.claim(worker, task.getId());
        tasks.complete(worker, task.getId(), (Object) decision);
    }

    private String processOf(ReportView report) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(report.caseNumber()).singleResult().getId();
    }

    private Task triageTask(String process) {
        return taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey("Task_Triage").singleResult();
    }

    private Job timer(String process, String activityId) {
        return management.createJobQuery().processInstanceId(process).activityId(activityId).timers().singleResult();
    }

    private List<Job> dueTimers(String process) {
        return management.createJobQuery().processInstanceId(process).timers().executable().list();
    }

    private List<String> activityPath(String process) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process)
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private List<String> actions(ReportView report) {
        return cases.timeline(report.caseId()).stream().map(TimelineEntry::action).toList();
    }

    private InformationRequest onlyRequest(ReportView report) {
        List<InformationRequest> all = requests.ofCase(report.caseId());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** The stored badge itself, not the "due time has passed" that queues also show. */
    private boolean overdueFlag(String taskId) {
        return jdbc.sql("select overdue from inbox_tasks where task_id = ?").param(taskId).query(Boolean.class).single();
    }

    private Actor demoAccount(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        return actors.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }
}
