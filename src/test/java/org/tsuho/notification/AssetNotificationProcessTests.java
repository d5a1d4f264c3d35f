package org.tsuho.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.intake.ReportSubmission;
import org.tsuho.intake.ReportView;
import org.tsuho.intake.ReportViews;
import org.tsuho.platform.error.FieldProblem;
import org.tsuho.platform.error.InvalidInputException;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;
import org.tsuho.triage.Answers;

/**
 * {@code processes/asset-notification.bpmn}, one test per path: accept (new computers, and a notified change as a new
 * version), request information and review again (with the reminder timer), the product excluded by public notice,
 * and the duplicate flagged for the reviewer.
 */
@TsuhoIntegrationTest
class AssetNotificationProcessTests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String TOWA = "9010401012345";
    private static final Actor COMPANY = new Actor("company-a", "東和電力 報告担当", Set.of(Role.COMPANY), TOWA);
    private static final Actor WORKER = new Actor("worker-1", "分析官 1", Set.of(Role.CASE_WORKER), null);

    @Autowired
    Intake intake;
    @Autowired
    ReportViews reportViews;
    @Autowired
    Tasks tasks;
    @Autowired
    Answers answers;
    @Autowired
    CaseFiles cases;
    @Autowired
    AssetNotifications notifications;
    @Autowired
    CriticalComputers computers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void acceptedNotificationEntersItsComputersIntoTheRegistry() {
        String control = unique("制御系サーバ");
        String billing = unique("料金計算システム");
        ReportView filed = file("Hitachi EX-9000 v3", List.of(control, billing));

        assertThat(activeActivities(filed)).containsExactly("Task_ReviewNotification");
        TaskItem task = reviewTask(filed);
        assertThat(task.name()).isEqualTo("届出の審査");
        assertThat(task.receiptNumber()).isEqualTo(filed.receiptNumber());
        assertThat(Duration.between(filed.submittedAt(), task.dueAt())).isBetween(Duration.ofDays(10), Duration.ofDays(10).plusMinutes(1));
        assertThat(tasks.queue(WORKER, org.tsuho.tasks.Scope.GROUP, 200, null).items()).extracting(TaskItem::id).contains(task.id());

        tasks.claim(WORKER, task.id());
        assertThat(cases.get(filed.caseId()).status()).isEqualTo(CaseStatus.TRIAGE);
        tasks.complete(WORKER, task.id(), new NotificationReviewDecision("ACCEPT", "型式と導入日を確認", null));

        assertThat(endedAt(filed)).isEqualTo("EndEvent_Registered");
        assertThat(cases.get(filed.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(notifications.find(filed.id())).map(AssetNotification::status).contains(NotificationStatus.ACCEPTED);
        assertThat(computer(control).versions()).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.product()).isEqualTo("Hitachi EX-9000 v3");
            assertThat(v.receiptNumber()).isEqualTo(filed.receiptNumber());
            assertThat(v.acceptedBy()).isEqualTo("worker-1");
        });
        assertThat(computer(billing).current().version()).isEqualTo(1);
        assertThat(actions(filed)).contains("NOTIFICATION_CHECKED", "REVIEW_STARTED", "NOTIFICATION_REVIEWED", "COMPUTERS_REGISTERED",
                "CASE_CLOSED");
    }

    @Test
    void aNotifiedChangeBecomesTheComputersNextVersion() {
        String system = unique("基幹系サーバ");
        accept(file("Fujitsu PRIMEQUEST 3800", List.of(system)));

        ReportView change = file("Fujitsu PRIMEQUEST 4400", List.of(" " + system.replace("基幹系", "基幹系 ") + " "));
        assertThat(notifications.find(change.id())).map(AssetNotification::duplicateOf).isEmpty();
        accept(change);

        CriticalComputer computer = computer(system);
        assertThat(computer.versions()).extracting(CriticalComputer.Version::version, CriticalComputer.Version::product)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Fujitsu PRIMEQUEST 4400"),
                        org.assertj.core.groups.Tuple.tuple(1, "Fujitsu PRIMEQUEST 3800"));
        assertThat(computer.current().receiptNumber()).isEqualTo(change.receiptNumber());
    }

    @Test
    void aRequestForInformationWaitsForTheAnswerRemindsOnceThenTheReviewResumes() {
        String system = unique("運行管理システム");
        ReportView filed = file("NEC ACOS-4", List.of(system));
        TaskItem task = reviewTask(filed);
        tasks.claim(WORKER, task.id());
        tasks.complete(WORKER, task.id(), new NotificationReviewDecision("REQUEST_INFORMATION", null, "設置場所と用途を教えてください。"));

        assertThat(activeActivities(filed)).containsExactly("Wait_NotificationAnswer");
        assertThat(cases.get(filed.caseId()).status()).isEqualTo(CaseStatus.AWAITING_INFORMATION);
        assertThat(notifications.find(filed.id())).map(AssetNotification::status).contains(NotificationStatus.INFORMATION_REQUESTED);
        assertThat(tasks.ofCase(filed.caseId())).isEmpty();
        ReportView asCompanySeesIt = reportViews.get(COMPANY, filed.id());
        assertThat(asCompanySeesIt.requests()).singleElement().satisfies(r -> assertThat(r.question()).isEqualTo("設置場所と用途を教えてください。"));

        Job reminder = management.createJobQuery().processInstanceId(instance(filed).getId()).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(1)));
        management.executeJob(reminder.getId());
        assertThat(actions(filed)).contains("INFORMATION_REMINDER");
        assertThat(activeActivities(filed)).containsExactly("Wait_NotificationAnswer");

        answers.answer(COMPANY, asCompanySeesIt.requests().get(0).id(), "本社データセンターの運行管理に使用します。");

        assertThat(activeActivities(filed)).containsExactly("Task_ReviewNotification");
        assertThat(cases.get(filed.caseId()).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(notifications.find(filed.id())).map(AssetNotification::status).contains(NotificationStatus.UNDER_REVIEW);
        assertThat(actions(filed)).containsSubsequence("INFORMATION_REQUESTED", "INFORMATION_REMINDER", "INFORMATION_PROVIDED",
                "REVIEW_RESUMED");
        accept(filed);
        assertThat(endedAt(filed)).isEqualTo("EndEvent_Registered");
        assertThat(computer(system).current().version()).isEqualTo(1);
    }

    @Test
    void aProductExcludedByPublicNoticeClosesWithoutReview() {
        String system = unique("事務用端末");
        ReportView filed = file("Microsoft Ｗｉｎｄｏｗｓ 11 Enterprise", List.of(system));

        assertThat(endedAt(filed)).isEqualTo("EndEvent_Excluded");
        assertThat(tasks.ofCase(filed.caseId())).isEmpty();
        assertThat(cases.get(filed.caseId()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(notifications.find(filed.id())).hasValueSatisfying(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.EXCLUDED);
            assertThat(n.excludedBy()).isNotNull();
        });
        assertThat(cases.timeline(filed.caseId())).filteredOn(e -> e.action().equals("NOTIFICATION_EXCLUDED"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("Windows"));
        assertThat(computers.ofCompany(TOWA)).extracting(CriticalComputer::name).doesNotContain(system);
    }

    @Test
    void aDuplicateIsFlaggedForTheReviewerAndAddsNoVersion() {
        String system = unique("変電所監視装置");
        ReportView first = file("Toshiba TOSMAP-DS", List.of(system));
        accept(first);
        ReportView again = file("toshiba  TOSMAP-DS", List.of(system));

        assertThat(notifications.find(again.id())).map(AssetNotification::duplicateOf).contains(first.receiptNumber());
        assertThat(cases.timeline(again.caseId())).filteredOn(e -> e.action().equals("POSSIBLE_DUPLICATE"))
                .extracting(TimelineEntry::detail).containsExactly(first.receiptNumber());
        assertThat(activeActivities(again)).containsExactly("Task_ReviewNotification");
        accept(again);
        assertThat(computer(system).versions()).hasSize(1);
    }

    @Test
    void theReviewDecisionIsCheckedAsAWhole() {
        ReportView filed = file("Mitsubishi MELSEC iQ-R", List.of(unique("発電制御装置")));
        TaskItem task = reviewTask(filed);
        tasks.claim(WORKER, task.id());

        assertThatThrownBy(() -> tasks.complete(WORKER, task.id(), new NotificationReviewDecision("REQUEST_INFORMATION", null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("question", "error.required")));
        assertThatThrownBy(() -> tasks.complete(WORKER, task.id(), new NotificationReviewDecision("REJECT", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("error.oneOf"));
        assertThat(activeActivities(filed)).containsExactly("Task_ReviewNotification");
    }

    private ReportView file(String product, List<String> systems) {
        ReportSubmission submission = new ReportSubmission("ASSET_NOTIFICATION", null, null, null, product,
                "特定重要電子計算機の導入", null, null, LocalDate.now(JAPAN).minusDays(10).toString(), systems, List.of(), null, false,
                new ReportSubmission.ContactInput("佐藤 花子", "sato@towa.example", null));
        return intake.submit(COMPANY, submission, null, null).report();
    }

    private void accept(ReportView filed) {
        TaskItem task = reviewTask(filed);
        tasks.claim(WORKER, task.id());
        tasks.complete(WORKER, task.id(), new NotificationReviewDecision("ACCEPT", null, null));
    }

    private TaskItem reviewTask(ReportView filed) {
        return tasks.ofCase(filed.caseId()).stream().filter(t -> t.taskKey().equals("review-notification")).findFirst().orElseThrow();
    }

    private ProcessInstance instance(ReportView filed) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("asset-notification")
                .processInstanceBusinessKey(filed.caseNumber()).singleResult();
    }

    private List<String> activeActivities(ReportView filed) {
        return runtime.getActiveActivityIds(instance(filed).getId());
    }

    private String endedAt(ReportView filed) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("asset-notification")
                .processInstanceBusinessKey(filed.caseNumber()).finished().singleResult().getEndActivityId();
    }

    private List<String> actions(ReportView filed) {
        return cases.timeline(filed.caseId()).stream().map(TimelineEntry::action).toList();
    }

    private CriticalComputer computer(String name) {
        return computers.ofCompany(TOWA).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
