package org.tsuho.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.deadline.Stage;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportSubmission.ContactInput;
import org.tsuho.intake.ReportView;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.registry.Operator;
import org.tsuho.registry.Operators;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision;

/**
 * {@code processes/penalty-proceeding.bpmn} and the detailed report's watch in {@code processes/incident-report.bpmn} on the real engine and
 * PostgreSQL, one test per path, under both penalty regimes where the path exists in both. Reports come in through
 * {@link Intake} and tasks are completed through {@link Tasks}, as the API does; timers run by the engine clock.
 */
@TsuhoIntegrationTest
class PenaltyProceedingProcessTests {

    /** 10:00 in Japan on 25 November 2026. */
    private static final Instant START = Instant.parse("2026-11-25T01:00:00Z");
    private static final String TOWA_ELECTRIC = "9010401012345";

    @Autowired
    private Intake intake;
    @Autowired
    private Tasks tasks;
    @Autowired
    private Explanations explanations;
    @Autowired
    private ProceedingViews proceedings;
    @Autowired
    private NoticeViews notices;
    @Autowired
    private PenaltyRegimes regimes;
    @Autowired
    private CaseFiles cases;
    @Autowired
    private Operators operators;
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

    private final Actor company = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), TOWA_ELECTRIC);
    private final Actor worker = staff("worker-1", Role.CASE_WORKER);
    private final Actor supervisor = staff("supervisor-1", Role.SUPERVISOR);
    private final Actor secondSupervisor = staff("supervisor-2", Role.SUPERVISOR);
    /** A case worker who is also a duty supervisor: the one person who could approve their own draft. */
    private final Actor dutyOfficer = new Actor("duty-officer", "当番責任者", Set.of(Role.CASE_WORKER, Role.SUPERVISOR), null);

    @BeforeEach
    void setUp() {
        setClock(START);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        regimes.useRulebook();
    }

    @Test
    void aLateFlashReportOpensAProceedingWithItsFailureListed() {
        ReportView late = fileFlash(START.minus(Duration.ofDays(2)));

        assertThat(late.late()).isTrue();
        ProceedingView proceeding = onlyProceeding(late);
        assertThat(proceeding.number()).matches("P-2026-\\d{6}");
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.OPEN);
        assertThat(proceeding.regime()).isEqualTo("jp-acd");
        assertThat(proceeding.openedBy()).isEqualTo("system");
        assertThat(proceeding.failures()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FailureType.LATE_REPORT);
            assertThat(f.stage()).isEqualTo(Stage.FLASH);
            assertThat(f.reference()).isEqualTo(late.receiptNumber());
            assertThat(f.dueAt()).isEqualTo(START.minus(Duration.ofDays(1)));
            assertThat(f.filedAt()).isEqualTo(START);
        });
        String process = processOf(proceeding);
        Task prepare = task(process, "Task_PrepareNotice");
        assertThat(prepare.getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofDays(5)));
        assertThat(taskService.getIdentityLinksForTask(prepare.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("case-worker"));
        assertThat(tasks.ofCase(late.caseId())).extracting(TaskItem::taskKey).contains("prepare-notice");
        assertThat(tasks.ofCase(late.caseId())).filteredOn(t -> t.taskKey().equals("prepare-notice")).singleElement()
                .satisfies(t -> assertThat(t.receiptNumber()).isEqualTo(late.receiptNumber()));
        assertThat(actions(late)).contains("PROCEEDING_OPENED", "FAILURE_RECORDED");
    }

    @ParameterizedTest
    @EnumSource(PenaltyRegime.class)
    void aNoticeSentBackGoesToTheCaseWorkersAgainAndItsPreparerCannotApproveIt(PenaltyRegime regime) {
        regimes.override(regime);
        ReportView late = fileFlash(START.minus(Duration.ofDays(2)));
        String process = processOf(onlyProceeding(late));

        take(dutyOfficer, task(process, "Task_PrepareNotice"), order(10));
        Task approve = task(process, "Task_ApproveNotice");
        tasks.claim(dutyOfficer, approve.getId());
        assertThatThrownBy(() -> tasks.complete(dutyOfficer, approve.getId(), (Object) new NoticeApproval(true, "自分で承認")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Separation of duties");
        tasks.unclaim(dutyOfficer, approve.getId());

        take(supervisor, approve, new NoticeApproval(false, "事実の記載が不十分"));

        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Task_PrepareNotice");
        assertThat(activityPath(process)).containsSubsequence("Task_ApproveNotice", "Gateway_NoticeApproved", "Activity_PlanNotice",
                "Task_PrepareNotice");
        ProceedingView proceeding = onlyProceeding(late);
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.OPEN);
        assertThat(proceeding.regime()).isEqualTo(regime.label());
        assertThat(proceeding.drafts()).singleElement().satisfies(d -> {
            assertThat(d.approved()).isFalse();
            assertThat(d.decidedBy()).isEqualTo("supervisor-1");
            assertThat(d.decisionRationale()).isEqualTo("事実の記載が不十分");
        });
        assertThat(proceeding.notices()).isEmpty();
        assertThat(actions(late)).containsSubsequence("NOTICE_PREPARED", "NOTICE_REJECTED");
    }

    @ParameterizedTest
    @EnumSource(PenaltyRegime.class)
    void anExplanationLeadsToTheDispositionAndNoActionClosesTheProceeding(PenaltyRegime regime) {
        regimes.override(regime);
        ReportView late = fileFlash(START.minus(Duration.ofDays(2)));
        String process = processOf(onlyProceeding(late));
        NoticeView intended = serveIntendedNotice(process, order(14));
        assertThat(intended.respondBy()).isEqualTo(Instant.parse("2026-12-09T14:59:59Z"));
        assertThat(timer(process, "Timer_ExplanationPeriodEnded").getDuedate().toInstant()).isEqualTo(intended.respondBy());

        setClock(START.plus(Duration.ofDays(3)));
        explanations.submit(company, intended.id(), "速報の遅延は担当者の不在によるもので、再発防止策を講じました。");

        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Task_DecideDisposition");
        assertThat(activityPath(process)).containsSubsequence("Wait_Explanation", "Activity_PlanDisposition", "Task_DecideDisposition");
        assertThat(management.createJobQuery().processInstanceId(process).count()).as("the period's timer is gone").isZero();
        assertThatThrownBy(() -> explanations.submit(company, intended.id(), "二度目")).isInstanceOf(ConflictException.class);

        take(supervisor, task(process, "Task_DecideDisposition"), new DispositionDecision("NO_ACTION", "再発防止策が講じられている。", null, null));

        assertEnded(process, "EndEvent_NoAction");
        ProceedingView proceeding = onlyProceeding(late);
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.NO_ACTION);
        assertThat(proceeding.closedAt()).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(proceeding.explanation().submittedBy()).isEqualTo("company-a");
        assertThat(proceeding.notices()).extracting(NoticeView::type).containsExactly(NoticeType.INTENDED_DISPOSITION);
        assertThat(actions(late)).containsSubsequence("NOTICE_SERVED", "EXPLANATION_RECEIVED", "DISPOSITION_DECIDED", "PROCEEDING_CLOSED");
    }

    @ParameterizedTest
    @EnumSource(PenaltyRegime.class)
    void aMissingDetailedReportLeadsToAnOrderThatTheCompanyCompliesWith(PenaltyRegime regime) {
        regimes.override(regime);
        ReportView flash = fileFlash(START.minus(Duration.ofHours(1)));
        Instant detailedDue = START.minus(Duration.ofHours(1)).plus(Duration.ofDays(30));
        String watch = watchOf(flash);
        assertThat(timer(watch, "Timer_DetailedReportDue").getDuedate().toInstant()).isEqualTo(detailedDue);
        assertThat(proceedings.ofCase(flash.caseId())).isEmpty();

        setClock(detailedDue.plusSeconds(1));
        deadlinePasses(watch);

        assertWatchEnded(watch, "EndEvent_ReportMissing");
        ProceedingView proceeding = onlyProceeding(flash);
        assertThat(proceeding.failures()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FailureType.MISSING_REPORT);
            assertThat(f.stage()).isEqualTo(Stage.DETAILED);
            assertThat(f.reference()).isEqualTo(flash.caseNumber());
            assertThat(f.dueAt()).isEqualTo(detailedDue);
            assertThat(f.filedAt()).isNull();
        });
        String process = processOf(proceeding);
        NoticeView intended = serveIntendedNotice(process, order(10));
        periodEnds(process, intended);
        take(supervisor, task(process, "Task_DecideDisposition"), new DispositionDecision("ORDER", "詳報が提出されていない。", 14, null));

        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Wait_Compliance");
        ProceedingView ordered = onlyProceeding(flash);
        assertThat(ordered.status()).isEqualTo(ProceedingStatus.COMPLIANCE_WATCH);
        NoticeView penalty = ordered.notices().get(1);
        assertThat(penalty.type()).isEqualTo(NoticeType.DISPOSITION);
        assertThat(penalty.disposition()).isEqualTo(Disposition.ORDER);
        assertThat(penalty.complianceDueAt()).isEqualTo(timer(process, "Timer_ComplianceDue").getDuedate().toInstant());
        assertThat(penalty.appealBy()).isNotNull();
        assertThat(penalty.text()).contains("処分通知書（命令）", "教示", "審査請求", flash.caseNumber());

        setClock(clockNow().plus(Duration.ofDays(2)));
        ReportView detailed = intake.submit(company, submission("DETAILED", flash.receiptNumber(), flash.title(),
                START.minus(Duration.ofHours(1))), null, null).report();

        assertThat(detailed.late()).isTrue();
        assertEnded(process, "EndEvent_Complied");
        ProceedingView complied = onlyProceeding(flash);
        assertThat(complied.status()).isEqualTo(ProceedingStatus.COMPLIED);
        assertThat(complied.failures()).as("the late detailed report is the missing one, not a new failure").singleElement()
                .satisfies(f -> assertThat(f.filedAt()).isEqualTo(detailed.submittedAt()));
        assertThat(proceedings.ofCase(flash.caseId())).hasSize(1);
        assertThat(actions(flash)).containsSubsequence("PENALTY_NOTICE_SERVED", "MISSING_REPORT_FILED", "ORDER_COMPLIED");
    }

    @ParameterizedTest
    @EnumSource(PenaltyRegime.class)
    void anOrderNotCompliedWithIsReferredForProsecution(PenaltyRegime regime) {
        regimes.override(regime);
        String process = orderedAndDeadlinePassed();

        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Task_DecideReferral");
        Task decide = task(process, "Task_DecideReferral");
        assertThat(decide.getDueDate().toInstant()).isEqualTo(clockNow().plus(Duration.ofDays(5)));
        take(secondSupervisor, decide, new ReferralDecision(true, "命令に従わず、詳報が提出されていない。"));

        assertEnded(process, "EndEvent_ReferredForProsecution");
        ProceedingView proceeding = proceedings.get(proceedingOf(process));
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.REFERRED_FOR_PROSECUTION);
        assertThat(proceeding.decisions()).extracting(ProceedingDecision::kind, ProceedingDecision::decision)
                .containsExactly(tuple(DecisionKind.DISPOSITION, "ORDER"),
                        tuple(DecisionKind.REFERRAL, "REFER"));
        assertThat(proceeding.decisions().get(1).reasons()).isEqualTo("命令に従わず、詳報が提出されていない。");
    }

    @ParameterizedTest
    @EnumSource(PenaltyRegime.class)
    void anOrderNotCompliedWithMayStillBeClosedWithReasons(PenaltyRegime regime) {
        regimes.override(regime);
        String process = orderedAndDeadlinePassed();

        take(secondSupervisor, task(process, "Task_DecideReferral"), new ReferralDecision(false, "事業者が廃業手続中のため告発を見送る。"));

        assertEnded(process, "EndEvent_Closed");
        ProceedingView proceeding = proceedings.get(proceedingOf(process));
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.CLOSED);
        assertThat(proceeding.decisions()).last().satisfies(d -> {
            assertThat(d.decision()).isEqualTo("DO_NOT_REFER");
            assertThat(d.reasons()).isEqualTo("事業者が廃業手続中のため告発を見送る。");
        });
    }

    @Test
    void underTheAdministrativeFineRegimeTheDispositionIsAFine() {
        regimes.override(PenaltyRegime.ADMINISTRATIVE_FINE);
        ReportView late = fileFlash(START.minus(Duration.ofDays(2)));
        String process = processOf(onlyProceeding(late));
        NoticeView intended = serveIntendedNotice(process, new NoticePreparation("ADMINISTRATIVE_FINE", "速報が期限後に提出された。",
                "報告義務規程 第5条", 10, 1_500_000L));
        assertThat(intended.disposition()).isEqualTo(Disposition.ADMINISTRATIVE_FINE);
        assertThat(intended.fineYen()).isEqualTo(1_500_000L);

        periodEnds(process, intended);
        Task decide = task(process, "Task_DecideDisposition");
        tasks.claim(supervisor, decide.getId());
        assertThat(fieldsOf(() -> tasks.complete(supervisor, decide.getId(),
                (Object) new DispositionDecision("ADMINISTRATIVE_FINE", "理由", null, 2_000_001L)))).containsExactly("fineYen");
        tasks.complete(supervisor, decide.getId(), (Object) new DispositionDecision("ADMINISTRATIVE_FINE", "期限の遅延は24時間に及んだ。", null, 1_000_000L));

        assertEnded(process, "EndEvent_FineImposed");
        ProceedingView proceeding = onlyProceeding(late);
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.FINE_IMPOSED);
        NoticeView penalty = proceeding.notices().get(1);
        assertThat(penalty.disposition()).isEqualTo(Disposition.ADMINISTRATIVE_FINE);
        assertThat(penalty.fineYen()).isEqualTo(1_000_000L);
        assertThat(penalty.complianceDueAt()).isNull();
        assertThat(penalty.text()).contains("処分通知書（制裁金）", "1,000,000円", "提出期限までに弁明書の提出はありませんでした");
    }

    @Test
    void underJpAcdThereIsNoAdministrativeFine() {
        ReportView late = fileFlash(START.minus(Duration.ofDays(2)));
        String process = processOf(onlyProceeding(late));
        Task prepare = task(process, "Task_PrepareNotice");
        tasks.claim(worker, prepare.getId());

        assertThat(problemsOf(() -> tasks.complete(worker, prepare.getId(), (Object) new NoticePreparation("ADMINISTRATIVE_FINE",
                "速報が期限後に提出された。", "第5条", 10, 1_000_000L))))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("disposition", "error.fineNotInRegime"));
        assertThat(fieldsOf(() -> tasks.complete(worker, prepare.getId(), (Object) new NoticePreparation("ORDER", " ", null, 9, 5L))))
                .containsExactly("facts", "legalBasis", "responseDays", "fineYen");
        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Task_PrepareNotice");
    }

    @Test
    void anOrderWhoseReportWasFiledMeanwhileIsCompliedWithAtOnce() {
        ReportView flash = fileFlash(START.minus(Duration.ofHours(1)));
        setClock(START.plus(Duration.ofDays(31)));
        deadlinePasses(watchOf(flash));
        String process = processOf(onlyProceeding(flash));
        NoticeView intended = serveIntendedNotice(process, order(10));
        intake.submit(company, submission("DETAILED", flash.receiptNumber(), flash.title(), START.minus(Duration.ofHours(1))), null, null);
        explanations.submit(company, intended.id(), "詳報を提出しました。");

        take(supervisor, task(process, "Task_DecideDisposition"), new DispositionDecision("ORDER", "提出が著しく遅れた。", 7, null));

        assertEnded(process, "EndEvent_Complied");
        assertThat(activityPath(process)).containsSubsequence("Activity_ServePenaltyNotice", "Gateway_PenaltyKind",
                "Activity_RecordCompliance").doesNotContain("Wait_Compliance");
        assertThat(onlyProceeding(flash).status()).isEqualTo(ProceedingStatus.COMPLIED);
    }

    @Test
    void aDetailedReportInTimeEndsTheWatchWithoutAProceeding() {
        ReportView flash = fileFlash(START.minus(Duration.ofHours(1)));
        String watch = watchOf(flash);
        setClock(START.plus(Duration.ofDays(10)));

        intake.submit(company, submission("DETAILED", flash.receiptNumber(), flash.title(), START.minus(Duration.ofHours(1))), null, null);

        assertWatchEnded(watch, "EndEvent_DetailedReportFiled");
        assertThat(management.createJobQuery().processInstanceId(watch).activityId("Timer_DetailedReportDue").count()).isZero();
        assertThat(proceedings.ofCase(flash.caseId())).isEmpty();
    }

    @Test
    void oneOpenProceedingPerCaseCollectsFurtherFailuresAndRequests() {
        ReportView late = fileFlash(START.minus(Duration.ofDays(2)));
        String watch = watchOf(late);
        setClock(START.plus(Duration.ofDays(29)));
        ReportView lateDetailed = intake.submit(company, submission("DETAILED", late.receiptNumber(), late.title(),
                START.minus(Duration.ofDays(2))), null, null).report();
        assertWatchEnded(watch, "EndEvent_DetailedReportFiled");

        String incident = runtime.createProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(late.caseNumber()).singleResult().getId();
        take(worker, task(incident, "Task_Triage"), new TriageDecision(2, "RANSOMWARE", "OPEN_PROCEEDING", "報告の遅延が重なっている。",
                null, null));

        assertEnded(incident, "EndEvent_ProceedingOpened");
        ProceedingView proceeding = onlyProceeding(late);
        assertThat(proceeding.failures()).extracting(ListedFailure::type, ListedFailure::reference).containsExactly(
                tuple(FailureType.LATE_REPORT, late.receiptNumber()),
                tuple(FailureType.LATE_REPORT, lateDetailed.receiptNumber()));
        assertThat(proceeding.grounds()).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo("報告の遅延が重なっている。");
            assertThat(g.givenBy()).isEqualTo("worker-1");
        });
        assertThat(proceeding.maxFineYen()).isEqualTo(4_000_000L);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("penalty-proceeding")
                .processInstanceBusinessKey(proceeding.number()).count()).isOne();
    }

    @Test
    void aTriageDecisionOpensAProceedingEvenWithoutAFailureYet() {
        ReportView flash = fileFlash(START.minus(Duration.ofHours(1)));
        String incident = runtime.createProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(flash.caseNumber()).singleResult().getId();

        take(worker, task(incident, "Task_Triage"), new TriageDecision(3, "RANSOMWARE", "OPEN_PROCEEDING", "報告内容に虚偽の疑い。",
                null, null));

        ProceedingView proceeding = onlyProceeding(flash);
        assertThat(proceeding.openedBy()).isEqualTo("worker-1");
        assertThat(proceeding.failures()).isEmpty();
        assertThat(proceeding.maxFineYen()).isZero();
        assertThat(task(processOf(proceeding), "Task_PrepareNotice")).isNotNull();
    }

    @Test
    void aVoluntaryReporterIsNeitherWatchedNorProceededAgainst() {
        String voluntary = String.valueOf(1_000_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(8_999_999_999_999L));
        operators.register(new Operator(voluntary, "任意報告株式会社", "Voluntary Reporter KK", "GAS", false));
        Actor reporter = new Actor("voluntary-" + voluntary, "任意報告", Set.of(Role.COMPANY), voluntary);

        ReportView late = intake.submit(reporter, submission("FLASH", null, "任意の速報 " + UUID.randomUUID(),
                START.minus(Duration.ofDays(3))), null, null).report();

        assertThat(late.late()).isTrue();
        assertThat(proceedings.ofCase(late.caseId())).isEmpty();
        String incident = runtime.createProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(late.caseNumber()).singleResult().getId();
        assertWatchEnded(incident, "EndEvent_NoDetailedReportOwed");
        assertThat(management.createJobQuery().processInstanceId(incident).activityId("Timer_DetailedReportDue").count()).isZero();

        Task triage = task(incident, "Task_Triage");
        tasks.claim(worker, triage.getId());
        assertThat(problemsOf(() -> tasks.complete(worker, triage.getId(), (Object) new TriageDecision(1, "RANSOMWARE",
                "OPEN_PROCEEDING", "遅延", null, null)))).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("decision", "error.voluntaryReporter"));
        assertThat(runtime.getActiveActivityIds(incident)).containsExactly("Task_Triage");
        assertThat(proceedings.ofCase(late.caseId())).isEmpty();
    }

    // --- paths ---

    /** A missing detailed report, an order of 14 days, and its deadline passed. */
    private String orderedAndDeadlinePassed() {
        ReportView flash = fileFlash(START.minus(Duration.ofHours(1)));
        setClock(START.plus(Duration.ofDays(31)));
        deadlinePasses(watchOf(flash));
        String process = processOf(onlyProceeding(flash));
        NoticeView intended = serveIntendedNotice(process, order(10));
        periodEnds(process, intended);
        take(supervisor, task(process, "Task_DecideDisposition"), new DispositionDecision("ORDER", "詳報が提出されていない。", 14, null));
        Instant due = timer(process, "Timer_ComplianceDue").getDuedate().toInstant();

        setClock(due.minusSeconds(1));
        assertThat(dueTimers(process)).isEmpty();
        setClock(due.plusSeconds(1));
        runTimer(process, "Timer_ComplianceDue");
        assertThat(activityPath(process)).containsSubsequence("Wait_Compliance", "Timer_ComplianceDue", "Activity_PlanReferral",
                "Task_DecideReferral");
        assertThat(proceedings.get(proceedingOf(process)).status()).isEqualTo(ProceedingStatus.AWAITING_REFERRAL_DECISION);
        return process;
    }

    /** worker-1 prepares, supervisor-1 approves: the notice of intended disposition is served. */
    private NoticeView serveIntendedNotice(String process, NoticePreparation preparation) {
        take(worker, task(process, "Task_PrepareNotice"), preparation);
        Task approve = task(process, "Task_ApproveNotice");
        assertThat(approve.getDueDate()).isNotNull();
        take(supervisor, approve, new NoticeApproval(true, "内容を確認した。"));
        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Wait_Explanation");
        ProceedingView proceeding = proceedings.get(proceedingOf(process));
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.AWAITING_EXPLANATION);
        NoticeView notice = proceeding.notices().get(0);
        assertThat(notice.type()).isEqualTo(NoticeType.INTENDED_DISPOSITION);
        assertThat(notice.number()).matches("N-\\d{4}-\\d{6}");
        assertThat(notice.explanationOpen()).isTrue();
        return notice;
    }

    /** The explanation period ends without an explanation: its timer moves the proceeding on. */
    private void periodEnds(String process, NoticeView intended) {
        setClock(intended.respondBy().minusSeconds(1));
        assertThat(dueTimers(process)).isEmpty();
        setClock(intended.respondBy().plusSeconds(1));
        runTimer(process, "Timer_ExplanationPeriodEnded");
        assertThatThrownBy(() -> explanations.submit(company, intended.id(), "遅れた弁明")).isInstanceOf(ConflictException.class);
        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Task_DecideDisposition");
        assertThat(proceedings.get(proceedingOf(process)).status()).isEqualTo(ProceedingStatus.AWAITING_DISPOSITION);
    }

    private static NoticePreparation order(int responseDays) {
        return new NoticePreparation("ORDER", "報告期限までに報告がなかった。", "サイバー対処能力強化法 第5条、第6条", responseDays, null);
    }

    // --- helpers ---

    private ReportView fileFlash(Instant awareAt) {
        return intake.submit(company, submission("FLASH", null, "制御系サーバの侵害 " + UUID.randomUUID(), awareAt), null, null).report();
    }

    private static ReportSubmission submission(String stage, String relatesTo, String title, Instant awareAt) {
        return new ReportSubmission("INCIDENT", stage, relatesTo, "RANSOMWARE", title, "制御系サーバが暗号化された。",
                awareAt.toString(), null, null, List.of("scada-01"), List.of(), "AMBER", false,
                new ContactInput("山田 太郎", "soc@towa-electric.example", null));
    }

    private void take(Actor actor, Task task, Object body) {
        tasks.claim(actor, task.getId());
        tasks.complete(actor, task.getId(), body);
    }

    private ProceedingView onlyProceeding(ReportView report) {
        List<ProceedingSummary> all = proceedings.ofCase(report.caseId());
        assertThat(all).hasSize(1);
        return proceedings.get(all.get(0).id());
    }

    private String processOf(ProceedingView proceeding) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("penalty-proceeding")
                .processInstanceBusinessKey(proceeding.number()).singleResult().getId();
    }

    private UUID proceedingOf(String process) {
        return jdbc.sql("select id from proceedings where process_instance_id = ?").param(process).query(UUID.class).single();
    }

    /** The incident-report process of the flash report's case, which watches for its detailed report. */
    private String watchOf(ReportView flash) {
        ProcessInstance incident = runtime.createProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(flash.caseNumber()).singleResult();
        assertThat(incident).isNotNull();
        return incident.getId();
    }

    /**
     * The detailed report's deadline passes: the timer only hands over to a job of its own (nothing is recorded yet),
     * and that job records the missing report.
     */
    private void deadlinePasses(String incident) {
        runTimer(incident, "Timer_DetailedReportDue");
        Job record = management.createJobQuery().processInstanceId(incident).activityId("Activity_RecordMissingReport").singleResult();
        assertThat(record).as("the job that records the missing report").isNotNull();
        String caseId = (String) runtime.getVariable(incident, "caseId");
        assertThat(missingReportFailures(caseId)).as("recorded by the timer itself").isZero();
        management.executeJob(record.getId());
        assertThat(missingReportFailures(caseId)).isEqualTo(1);
    }

    private Task task(String process, String key) {
        return taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult();
    }

    private Job timer(String process, String activityId) {
        return management.createJobQuery().processInstanceId(process).activityId(activityId).timers().singleResult();
    }

    private void runTimer(String process, String activityId) {
        Job job = timer(process, activityId);
        assertThat(dueTimers(process)).extracting(Job::getId).contains(job.getId());
        management.executeJob(job.getId());
    }

    private List<Job> dueTimers(String process) {
        return management.createJobQuery().processInstanceId(process).timers().executable().list();
    }

    private void assertEnded(String process, String endEvent) {
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery().processInstanceId(process).singleResult();
        assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(finished.getEndActivityId()).isEqualTo(endEvent);
    }

    private int missingReportFailures(String caseId) {
        return jdbc.sql("""
                        select count(*) from proceeding_failures f join proceedings p on p.id = f.proceeding_id
                         where p.case_id = ?::uuid and f.type = 'MISSING_REPORT'
                        """).param(caseId).query(Integer.class).single();
    }

    /** The watch branch reached this end; the triage beside it goes on, so the instance itself may still run. */
    private void assertWatchEnded(String incident, String endEvent) {
        assertThat(activityPath(incident)).contains(endEvent);
        assertThat(management.createJobQuery().processInstanceId(incident).activityId("Activity_RecordMissingReport").count()).isZero();
        if (runtime.createProcessInstanceQuery().processInstanceId(incident).count() > 0) {
            assertThat(runtime.getActiveActivityIds(incident)).doesNotContain("Wait_DetailedReport");
        }
    }

    private List<String> activityPath(String process) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process).orderPartiallyByOccurrence().asc().list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private List<String> actions(ReportView report) {
        return cases.timeline(report.caseId()).stream().map(TimelineEntry::action).toList();
    }

    private static List<FieldProblem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected invalid input");
    }

    private static List<String> fieldsOf(Runnable action) {
        return problemsOf(action).stream().map(FieldProblem::field).toList();
    }

    private static Instant clockNow() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Actor staff(String username, Role role) {
        return new Actor(username, username, Set.of(role), null);
    }

    private static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }
}
