package org.tsuho.escalation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.tasks.Scope;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.TriageDecision;

/**
 * Drives a case to and through escalation with the services the API and screens use. Not a bean, so the test
 * classes keep sharing the one application context.
 */
class EscalationScenario {

    static final Actor COMPANY_A = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), "9010401012345");
    static final Actor WORKER = staff("worker-1", Role.CASE_WORKER);
    static final Actor SUPERVISOR_1 = staff("supervisor-1", Role.SUPERVISOR);
    static final Actor SUPERVISOR_2 = staff("supervisor-2", Role.SUPERVISOR, Role.EXAMINER);
    static final Actor POLICE = staff("police-liaison", Role.POLICE_LIAISON);
    static final Actor MOD = staff("mod-liaison", Role.MOD_LIAISON);

    static final String CONTACT_NAME = "山田太郎";
    static final String CONTACT_EMAIL = "taro.yamada@towa-electric.example";
    static final String CONTACT_PHONE = "03-1234-5678";

    private final Intake intake;
    private final Tasks tasks;

    EscalationScenario(Intake intake, Tasks tasks) {
        this.intake = intake;
        this.tasks = tasks;
    }

    static Actor staff(String username, Role... roles) {
        return new Actor(username, username, Set.of(roles), null);
    }

    /** A flash report whose summary names the contact person, as reports do. */
    ReportView fileReport(String tlp) {
        ReportSubmission submission = new ReportSubmission("INCIDENT", "FLASH", null, "RANSOMWARE",
                "制御系ネットワークでのランサムウェア感染 " + UUID.randomUUID(),
                "暗号化を確認。連絡先: " + CONTACT_NAME + " (" + CONTACT_EMAIL + ", 03 1234 5678)。C2 は 203.0.113.7。",
                "2026-11-25T09:00:00+09:00", null, null, List.of("SCADA サーバ"),
                List.of(new ReportSubmission.IndicatorInput("ipv4-addr", "203.0.113.7"),
                        new ReportSubmission.IndicatorInput("domain-name", "c2.evil.example"),
                        new ReportSubmission.IndicatorInput("url", "http://c2.evil.example/it's/payload"),
                        new ReportSubmission.IndicatorInput("file-sha256",
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                tlp, true, new ReportSubmission.ContactInput(CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE));
        return intake.submit(COMPANY_A, submission, null, null).report();
    }

    /** The case worker triages the case and proposes escalating it. */
    void proposeEscalation(Actor caseWorker, UUID caseId, List<String> targets, boolean emergency) {
        TaskItem triage = open(caseId, "triage");
        tasks.claim(caseWorker, triage.id());
        tasks.complete(caseWorker, triage.id(), new TriageDecision(4, "RANSOMWARE", "ESCALATE", "C2 通信が継続中", null,
                new TriageDecision.Escalation(targets, List.of("ONGOING_ATTACK_INFRASTRUCTURE", "LIFE_SAFETY_RISK"), emergency)));
    }

    /** Claims and completes the case's open task of this key that the actor can see. */
    void complete(Actor actor, UUID caseId, String taskKey, Object body) {
        TaskItem task = visible(actor, caseId, taskKey);
        tasks.claim(actor, task.id());
        tasks.complete(actor, task.id(), body);
    }

    void approve(Actor supervisor, UUID caseId) {
        complete(supervisor, caseId, "approve-escalation", new EscalationApproval(true, "基準 (a)(b) を満たす", null));
    }

    void acknowledge(Actor liaison, UUID caseId) {
        complete(liaison, caseId, "acknowledge-referral", new ReferralAcknowledgement("REF-" + liaison.username(), null));
    }

    /** The case's only open task with this key. */
    TaskItem open(UUID caseId, String taskKey) {
        List<TaskItem> open = openTasks(caseId, taskKey);
        if (open.size() != 1) {
            throw new AssertionError("expected one open " + taskKey + " task, found " + open.size());
        }
        return open.get(0);
    }

    List<TaskItem> openTasks(UUID caseId, String taskKey) {
        return tasks.ofCase(caseId).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
    }

    /** The case's task of this key in the actor's queues (theirs or their groups'). */
    TaskItem visible(Actor actor, UUID caseId, String taskKey) {
        return Stream.of(Scope.MINE, Scope.GROUP)
                .flatMap(scope -> tasks.queue(actor, scope, 200, null).items().stream())
                .filter(t -> t.caseId().equals(caseId) && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(actor.username() + " sees no " + taskKey + " task"));
    }
}
