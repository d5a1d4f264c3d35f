package org.tsuho.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsuho.support.PenaltyTrack.COMPANY_A;
import static org.tsuho.support.PenaltyTrack.EXAMINER;
import static org.tsuho.support.PenaltyTrack.SUPERVISOR_1;
import static org.tsuho.support.PenaltyTrack.SUPERVISOR_2;
import static org.tsuho.support.PenaltyTrack.WORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.LegalHolds;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.enforcement.DecisionKind;
import org.tsuho.enforcement.NoticeType;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.NoticeViews;
import org.tsuho.enforcement.PenaltyRegime;
import org.tsuho.enforcement.PenaltyRegimes;
import org.tsuho.enforcement.ProceedingStatus;
import org.tsuho.enforcement.ProceedingView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.identity.Actor;
import org.tsuho.intake.Intake;
import org.tsuho.platform.error.ConflictException;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.support.PenaltyTrack;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;

/**
 * {@code processes/appeal.bpmn} on the real engine and PostgreSQL: every ruling and its effect on the disposition,
 * the examiner's independence and the ruling supervisor's, and the dismissal of an untimely appeal. Dispositions
 * are reached through the penalty proceeding's own services ({@link PenaltyTrack}).
 */
@TsuhoIntegrationTest
class AppealProcessTests {

    private static final Instant START = Instant.parse("2026-11-25T01:00:00Z");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired
    private Appeals appeals;
    @Autowired
    private Tasks tasks;
    @Autowired
    private Intake intake;
    @Autowired
    private ProceedingViews proceedings;
    @Autowired
    private NoticeViews notices;
    @Autowired
    private PenaltyRegimes regimes;
    @Autowired
    private CaseFiles cases;
    @Autowired
    private List<LegalHolds> holds;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService taskService;
    @Autowired
    private HistoryService history;
    @Autowired
    private ManagementService management;

    private PenaltyTrack track;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(START));
        track = new PenaltyTrack(intake, tasks, proceedings, runtime, taskService, management);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        regimes.useRulebook();
    }

    @Test
    void aRejectedAppealLeavesTheOrderInForceAndTheCompanyGetsTheRuling() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        AppealView appeal = file(order, null);
        assertThat(appeal.number()).matches("A-2026-\\d{6}");
        assertThat(appeal.status()).isEqualTo(AppealStatus.AWAITING_EXAMINER);
        assertThat(appeal.timely()).isTrue();
        assertThat(appeal.deadline()).as("the last day the disposition notice told the company").isEqualTo(order.appealBy());
        UUID caseId = proceedings.get(order.proceedingId()).caseId();
        assertThat(held(caseId)).as("a pending appeal holds the case").isTrue();
        String process = processOf(appeal);
        Task assign = task(process, "Task_AssignExaminer");
        assertThat(assign.getDueDate()).isNotNull();

        take(SUPERVISOR_1, assign, new ExaminerAssignment("examiner-1", false));
        Task examine = task(process, "Task_ExamineAppeal");
        assertThat(examine.getAssignee()).isEqualTo("examiner-1");
        assertThat(taskService.getIdentityLinksForTask(examine.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("examiner"));
        assertThat(appeals.get(COMPANY_A, appeal.id()).rebuttalOpen()).isTrue();
        appeals.submit(COMPANY_A, appeal.id(), "弁明書の記載には事実誤認がある。");
        assertThatThrownBy(() -> tasks.claim(SUPERVISOR_2, examine.getId())).isInstanceOf(ConflictException.class);

        take(EXAMINER, examine, new Examination("報告期限は周知されていた。", null, "処分に違法又は不当な点は認められない。", "REJECTED"));
        assertThatThrownBy(() -> appeals.submit(COMPANY_A, appeal.id(), "遅れた反論")).isInstanceOf(ConflictException.class);
        take(SUPERVISOR_2, task(process, "Task_RuleAppeal"), new RulingDecision("REJECTED", "審理員意見書のとおり。", null));

        assertEnded(process);
        AppealView ruled = appeals.get(COMPANY_A, appeal.id());
        assertThat(ruled.status()).isEqualTo(AppealStatus.RULED);
        assertThat(ruled.ruling()).isEqualTo(Ruling.REJECTED);
        assertThat(ruled.ruledBy()).isEqualTo("supervisor-2");
        assertThat(ruled.examiner()).isEqualTo("examiner-1");
        assertThat(ruled.submissions()).singleElement().satisfies(s -> assertThat(s.submittedBy()).isEqualTo("company-a"));
        NoticeView ruling = notices.get(COMPANY_A, ruled.rulingNoticeId());
        assertThat(ruling.type()).isEqualTo(NoticeType.RULING);
        assertThat(ruling.text()).contains("裁決書", "本件審査請求を棄却する。", "6か月以内", "行政事件訴訟法第14条", appeal.number());
        ProceedingView proceeding = proceedings.get(order.proceedingId());
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.COMPLIANCE_WATCH);
        assertThat(runtime.getActiveActivityIds(track.processOf(proceeding.id()))).containsExactly("Wait_Compliance");
        assertThat(held(caseId)).as("the open proceeding still holds the case").isTrue();
        assertThat(actions(caseId)).containsSubsequence("APPEAL_FILED", "APPEAL_EXAMINER_ASSIGNED", "APPEAL_SUBMISSION",
                "APPEAL_EXAMINED", "RULING_SERVED", "APPEAL_RULED");
    }

    @Test
    void aRevocationEndsTheComplianceWatchAndShowsOnTheProceeding() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        String penalty = track.processOf(order.proceedingId());
        assertThat(management.createJobQuery().processInstanceId(penalty).timers().count()).isEqualTo(1);
        AppealView appeal = file(order, null);

        ruleThrough(appeal, "GRANTED_REVOKED", new RulingDecision("GRANTED_REVOKED", "報告期限の周知に不備があった。", null));

        ProceedingView proceeding = proceedings.get(order.proceedingId());
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.REVOKED);
        assertThat(proceeding.closedAt()).isNotNull();
        assertThat(proceeding.decisions()).filteredOn(d -> d.kind() == DecisionKind.APPEAL_RULING).singleElement()
                .satisfies(d -> assertThat(d.decision()).isEqualTo("GRANTED_REVOKED"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(penalty).count()).as("the watch ended").isZero();
        assertThat(management.createJobQuery().processInstanceId(penalty).count()).as("its deadline timer too").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(penalty).singleResult().getState())
                .isEqualTo(HistoricProcessInstance.STATE_INTERNALLY_TERMINATED);
        NoticeView ruling = notices.get(COMPANY_A, appeals.get(COMPANY_A, appeal.id()).rulingNoticeId());
        assertThat(ruling.text()).contains("処分（通知番号 " + order.number() + "）を取り消す。");
        assertThat(ruling.proceedingStatus()).isEqualTo(ProceedingStatus.REVOKED);
        assertThat(held(proceeding.caseId())).isFalse();
    }

    @Test
    void aVariedRulingLowersTheFineButNeverRaisesIt() {
        regimes.override(PenaltyRegime.ADMINISTRATIVE_FINE);
        NoticeView fine = track.fine(1_000_000, SUPERVISOR_1, SUPERVISOR_1);
        AppealView appeal = file(fine, null);
        String process = examined(appeal, "GRANTED_VARIED");
        Task rule = task(process, "Task_RuleAppeal");
        tasks.claim(SUPERVISOR_2, rule.getId());
        assertThat(problems(() -> tasks.complete(SUPERVISOR_2, rule.getId(), (Object) new RulingDecision("GRANTED_VARIED", "軽減", 1_000_000L))))
                .extracting(FieldProblem::field, FieldProblem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("variedFineYen",
                        "appeal.error.variedFine"));
        assertThat(problems(() -> tasks.complete(SUPERVISOR_2, rule.getId(), (Object) new RulingDecision("REJECTED", "理由", 5L))))
                .extracting(FieldProblem::field).containsExactly("variedFineYen");

        tasks.complete(SUPERVISOR_2, rule.getId(), (Object) new RulingDecision("GRANTED_VARIED", "違反の程度に比して過大である。", 400_000L));

        assertEnded(process);
        ProceedingView proceeding = proceedings.get(fine.proceedingId());
        assertThat(proceeding.status()).isEqualTo(ProceedingStatus.FINE_IMPOSED);
        assertThat(proceeding.decisions()).filteredOn(d -> d.kind() == DecisionKind.APPEAL_RULING).singleElement()
                .satisfies(d -> assertThat(d.fineYen()).isEqualTo(400_000L));
        AppealView ruled = appeals.get(COMPANY_A, appeal.id());
        assertThat(ruled.variedFineYen()).isEqualTo(400_000L);
        NoticeView ruling = notices.get(COMPANY_A, ruled.rulingNoticeId());
        assertThat(ruling.fineYen()).isEqualTo(400_000L);
        assertThat(ruling.text()).contains("金1,000,000円を金400,000円に変更する。");
    }

    @Test
    void anOrderCannotBeVariedAndADismissalLeavesItInForce() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        AppealView appeal = file(order, null);
        String process = examined(appeal, "DISMISSED");
        Task rule = task(process, "Task_RuleAppeal");
        tasks.claim(SUPERVISOR_2, rule.getId());
        assertThat(problems(() -> tasks.complete(SUPERVISOR_2, rule.getId(), (Object) new RulingDecision("GRANTED_VARIED", "変更", 1L))))
                .extracting(FieldProblem::code).containsExactly("appeal.error.nothingToVary");

        tasks.complete(SUPERVISOR_2, rule.getId(), (Object) new RulingDecision("DISMISSED", "審査請求の対象となる処分に当たらない部分がある。", null));

        assertEnded(process);
        assertThat(appeals.get(COMPANY_A, appeal.id()).ruling()).isEqualTo(Ruling.DISMISSED);
        assertThat(proceedings.get(order.proceedingId()).status()).isEqualTo(ProceedingStatus.COMPLIANCE_WATCH);
    }

    @Test
    void nobodyWhoActedInTheProceedingExaminesAndTheDeciderDoesNotRule() {
        // supervisor-2 (also an examiner) approved the notice; supervisor-1 decided the disposition
        NoticeView order = track.order(SUPERVISOR_2, SUPERVISOR_1);
        AppealView appeal = file(order, null);
        String process = processOf(appeal);
        Task assign = task(process, "Task_AssignExaminer");
        tasks.claim(SUPERVISOR_1, assign.getId());

        assertThatThrownBy(() -> tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment("supervisor-2", false)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Independence").hasMessageContaining("supervisor-2");
        assertThatThrownBy(() -> tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment("worker-1", false)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("worker-1");
        assertThatThrownBy(() -> tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment("supervisor-1", false)))
                .isInstanceOf(RefusedException.class);
        assertThat(problems(() -> tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment(null, true))))
                .as("a timely appeal is not dismissed as late").extracting(FieldProblem::field).containsExactly("dismissAsUntimely");
        assertThat(problems(() -> tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment(" ", false))))
                .extracting(FieldProblem::field).containsExactly("examiner");
        assertThat(runtime.getActiveActivityIds(process)).containsExactly("Task_AssignExaminer");

        tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment("examiner-1", false));
        take(EXAMINER, task(process, "Task_ExamineAppeal"), new Examination("弁明", "口頭意見陳述の記録", "棄却が相当。", "REJECTED"));
        Task rule = task(process, "Task_RuleAppeal");
        tasks.claim(SUPERVISOR_1, rule.getId());
        assertThatThrownBy(() -> tasks.complete(SUPERVISOR_1, rule.getId(), (Object) new RulingDecision("REJECTED", "理由", null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("Separation of duties");
        tasks.unclaim(SUPERVISOR_1, rule.getId());

        take(SUPERVISOR_2, rule, new RulingDecision("REJECTED", "審理員意見書のとおり。", null));
        assertEnded(process);
        assertThat(appeals.get(COMPANY_A, appeal.id()).oralStatement()).isEqualTo("口頭意見陳述の記録");
    }

    @Test
    void anUntimelyAppealWithoutAReasonIsDismissedAtRegistration() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        LocalDate served = order.issuedAt().atZone(JAPAN).toLocalDate();
        ClockUtil.setCurrentTime(Date.from(order.issuedAt().plus(java.time.Duration.ofDays(120))));

        AppealView appeal = appeals.file(COMPANY_A, new AppealRequest(order.id().toString(), served.toString(), "処分は違法である。", null));

        assertThat(appeal.timely()).isFalse();
        assertThat(appeal.deadline()).isAfterOrEqualTo(served.plusMonths(3)).isBefore(served.plusMonths(3).plusDays(5));
        assertThat(appeal.status()).isEqualTo(AppealStatus.RULED);
        assertThat(appeal.ruling()).isEqualTo(Ruling.DISMISSED);
        assertThat(appeal.ruledBy()).isEqualTo("system");
        String process = processOf(appeal);
        assertEnded(process);
        assertThat(activityPath(process)).containsExactly("StartEvent_AppealFiled", "Gateway_Registration", "Activity_ServeRuling",
                "EndEvent_Ruled");
        NoticeView ruling = notices.get(COMPANY_A, appeal.rulingNoticeId());
        assertThat(ruling.text()).contains("本件審査請求を却下する。", "審査請求期間");
        assertThat(proceedings.get(order.proceedingId()).status()).isEqualTo(ProceedingStatus.COMPLIANCE_WATCH);
    }

    @Test
    void anUntimelyAppealWithAReasonGoesToTheSupervisorWhoMayDismissIt() {
        NoticeView order = track.order(SUPERVISOR_1, SUPERVISOR_1);
        LocalDate served = order.issuedAt().atZone(JAPAN).toLocalDate();
        ClockUtil.setCurrentTime(Date.from(order.issuedAt().plus(java.time.Duration.ofDays(120))));
        AppealView appeal = appeals.file(COMPANY_A, new AppealRequest(order.id().toString(), served.toString(), "処分は違法である。",
                "担当者が長期入院していた。"));
        assertThat(appeal.timely()).isFalse();
        assertThat(appeal.status()).isEqualTo(AppealStatus.AWAITING_EXAMINER);
        String process = processOf(appeal);
        Task assign = task(process, "Task_AssignExaminer");
        tasks.claim(SUPERVISOR_1, assign.getId());
        assertThatThrownBy(() -> tasks.complete(SUPERVISOR_1, assign.getId(), (Object) new ExaminerAssignment(null, true)))
                .as("a dismissal is a ruling: not by the decider").isInstanceOf(RefusedException.class);
        tasks.unclaim(SUPERVISOR_1, assign.getId());

        take(SUPERVISOR_2, assign, new ExaminerAssignment(null, true));

        assertEnded(process);
        AppealView ruled = appeals.get(COMPANY_A, appeal.id());
        assertThat(ruled.ruling()).isEqualTo(Ruling.DISMISSED);
        assertThat(ruled.ruledBy()).isEqualTo("supervisor-2");
        assertThat(ruled.rulingReasons()).contains("担当者が長期入院していた。");
        assertThat(activityPath(process)).containsSubsequence("Task_AssignExaminer", "Gateway_Untimely", "Activity_ServeRuling");
    }

    // --- helpers ---

    private AppealView file(NoticeView disposition, String lateReason) {
        LocalDate learned = disposition.issuedAt().atZone(JAPAN).toLocalDate();
        return appeals.file(COMPANY_A, new AppealRequest(disposition.id().toString(), learned.toString(), "処分の前提となる事実に誤りがある。",
                lateReason));
    }

    /** supervisor-1 assigns examiner-1, who examines and recommends. */
    private String examined(AppealView appeal, String recommended) {
        String process = processOf(appeal);
        take(SUPERVISOR_1, task(process, "Task_AssignExaminer"), new ExaminerAssignment("examiner-1", false));
        take(EXAMINER, task(process, "Task_ExamineAppeal"), new Examination("処分庁の弁明", null, "意見", recommended));
        return process;
    }

    private void ruleThrough(AppealView appeal, String recommended, RulingDecision ruling) {
        String process = examined(appeal, recommended);
        take(SUPERVISOR_2, task(process, "Task_RuleAppeal"), ruling);
        assertEnded(process);
    }

    private boolean held(UUID caseId) {
        return holds.stream().anyMatch(h -> h.holds(caseId));
    }

    private void take(Actor actor, Task task, Object body) {
        tasks.claim(actor, task.getId());
        tasks.complete(actor, task.getId(), body);
    }

    private String processOf(AppealView appeal) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("appeal").processInstanceBusinessKey(appeal.number())
                .singleResult().getId();
    }

    private Task task(String process, String key) {
        Task task = taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult();
        assertThat(task).as(key).isNotNull();
        return task;
    }

    private void assertEnded(String process) {
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery().processInstanceId(process).singleResult();
        assertThat(finished.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
        assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_Ruled");
    }

    private List<String> activityPath(String process) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process).orderPartiallyByOccurrence().asc().list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
    }

    private List<String> actions(UUID caseId) {
        return cases.timeline(caseId).stream().map(TimelineEntry::action).toList();
    }

    private static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected invalid input");
    }
}
