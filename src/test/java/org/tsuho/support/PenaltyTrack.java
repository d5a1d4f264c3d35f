package org.tsuho.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.tsuho.enforcement.DispositionDecision;
import org.tsuho.enforcement.NoticeApproval;
import org.tsuho.enforcement.NoticePreparation;
import org.tsuho.enforcement.NoticeType;
import org.tsuho.enforcement.NoticeView;
import org.tsuho.enforcement.ProceedingView;
import org.tsuho.enforcement.ProceedingViews;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.tasks.Tasks;

/**
 * Drives a penalty proceeding of company-a through its services to a served DISPOSITION notice, as the API would:
 * a late flash report opens it, the notice is prepared and approved, the explanation period ends unanswered and the
 * disposition is decided. For modules that start where a disposition ends (appeals).
 */
public final class PenaltyTrack {

    public static final Actor COMPANY_A = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), "9010401012345");
    public static final Actor COMPANY_B = new Actor("company-b", "北浜銀行 報告担当", Set.of(Role.COMPANY), "9120001098765");
    public static final Actor WORKER = staff("worker-1", Role.CASE_WORKER);
    public static final Actor SUPERVISOR_1 = staff("supervisor-1", Role.SUPERVISOR);
    public static final Actor SUPERVISOR_2 = new Actor("supervisor-2", "supervisor-2", Set.of(Role.SUPERVISOR, Role.EXAMINER), null);
    public static final Actor EXAMINER = staff("examiner-1", Role.EXAMINER);

    private final Intake intake;
    private final Tasks tasks;
    private final ProceedingViews proceedings;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final ManagementService management;

    public PenaltyTrack(Intake intake, Tasks tasks, ProceedingViews proceedings, RuntimeService runtime, TaskService taskService,
                        ManagementService management) {
        this.intake = intake;
        this.tasks = tasks;
        this.proceedings = proceedings;
        this.runtime = runtime;
        this.taskService = taskService;
        this.management = management;
    }

    /** An order (jp-acd) decided by {@code decider}, after worker-1 prepared and {@code approver} approved the notice. */
    public NoticeView order(Actor approver, Actor decider) {
        return disposition(new NoticePreparation("ORDER", "報告期限までに報告がなかった。", "サイバー対処能力強化法 第5条、第6条", 10, null),
                approver, new DispositionDecision("ORDER", "報告義務の履行が確保されていない。", 14, null), decider);
    }

    /** A fine (the administrative-fine regime must be in force) decided by {@code decider}. */
    public NoticeView fine(long fineYen, Actor approver, Actor decider) {
        return disposition(new NoticePreparation("ADMINISTRATIVE_FINE", "速報が期限後に提出された。", "制裁金規程 第3条", 10, fineYen),
                approver, new DispositionDecision("ADMINISTRATIVE_FINE", "期限の遵守が確保されていない。", null, fineYen), decider);
    }

    public String processOf(UUID proceedingId) {
        ProceedingView proceeding = proceedings.get(proceedingId);
        return runtime.createProcessInstanceQuery().processDefinitionKey("penalty-proceeding")
                .processInstanceBusinessKey(proceeding.number()).singleResult().getId();
    }

    private NoticeView disposition(NoticePreparation preparation, Actor approver, DispositionDecision decision, Actor decider) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        ReportView late = intake.submit(COMPANY_A, new ReportSubmission("INCIDENT", "FLASH", null, "RANSOMWARE",
                "制御系サーバの侵害 " + UUID.randomUUID(), "制御系サーバが暗号化された。", now.minus(Duration.ofDays(2)).toString(), null, null,
                List.of("scada-01"), List.of(), "AMBER", false,
                new ReportSubmission.ContactInput("山田 太郎", "soc@towa-electric.example", null)), null, null).report();
        UUID proceedingId = proceedings.ofCase(late.caseId()).get(0).id();
        String process = processOf(proceedingId);
        take(WORKER, task(process, "Task_PrepareNotice"), preparation);
        take(approver, task(process, "Task_ApproveNotice"), new NoticeApproval(true, "内容を確認した。"));
        Job period = management.createJobQuery().processInstanceId(process).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(period.getDuedate().toInstant().plusSeconds(1)));
        management.executeJob(period.getId());
        take(decider, task(process, "Task_DecideDisposition"), decision);
        return proceedings.get(proceedingId).notices().stream().filter(n -> n.type() == NoticeType.DISPOSITION).findFirst().orElseThrow();
    }

    private void take(Actor actor, Task task, Object body) {
        tasks.claim(actor, task.getId());
        tasks.complete(actor, task.getId(), body);
    }

    private Task task(String process, String key) {
        return taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult();
    }

    private static Actor staff(String username, Role role) {
        return new Actor(username, username, Set.of(role), null);
    }
}
