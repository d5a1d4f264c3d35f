package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tsuho.escalation.EscalationScenario.MOD;
import static org.tsuho.escalation.EscalationScenario.POLICE;
import static org.tsuho.escalation.EscalationScenario.SUPERVISOR_1;
import static org.tsuho.escalation.EscalationScenario.SUPERVISOR_2;
import static org.tsuho.escalation.EscalationScenario.WORKER;

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
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsuho.casefile.CaseFiles;
import org.tsuho.casefile.CaseStatus;
import org.tsuho.casefile.TimelineEntry;
import org.tsuho.intake.Intake;
import org.tsuho.platform.error.RefusedException;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;

/** escalation.bpmn, one test per path, on the real engine and database; timers run through the engine clock. */
@TsuhoIntegrationTest
class EscalationProcessTests {

    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;
    @Autowired
    CaseFiles cases;
    @Autowired
    EscalationViews views;
    @Autowired
    Escalations escalations;
    @Autowired
    ReferralDesk desk;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    EscalationScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new EscalationScenario(intake, tasks);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void approvedEscalationIsReferredAcknowledgedAndClosedByEachAgency() {
        UUID caseId = proposed(List.of("POLICE", "MOD"), false);
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.ESCALATION_PENDING);
        TaskItem approval = scenario.open(caseId, "approve-escalation");
        assertThat(approval.dueAt()).isEqualTo(escalation(caseId).proposedAt().plus(Duration.ofDays(1)));

        scenario.approve(SUPERVISOR_1, caseId);

        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(escalation(caseId).status()).isEqualTo(EscalationStatus.REFERRED);
        List<Referral> referrals = referrals(caseId);
        assertThat(referrals).extracting(Referral::agency).containsExactlyInAnyOrder(Agency.POLICE, Agency.MOD);
        assertThat(referrals).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
            assertThat(r.tlp()).isEqualTo("AMBER");
            assertThat(r.sentBy()).isEqualTo("supervisor-1");
            assertThat(r.legalBasis()).isNotBlank();
            assertThat(r.shareConsent()).isTrue();
        });
        assertThat(scenario.openTasks(caseId, "acknowledge-referral")).hasSize(2)
                .allSatisfy(t -> assertThat(t.dueAt()).isEqualTo(referrals.get(0).sentAt().plus(Duration.ofHours(24))));
        assertThat(scenario.openTasks(caseId, "ratify-escalation")).isEmpty();

        scenario.acknowledge(POLICE, caseId);
        scenario.acknowledge(MOD, caseId);
        assertThat(referrals(caseId)).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReferralStatus.ACKNOWLEDGED));
        desk.feedback(POLICE, referral(caseId, Agency.POLICE).id(), new FeedbackInput("COMMISSION_APPROVAL_REQUESTED", null));
        desk.feedback(POLICE, referral(caseId, Agency.POLICE).id(), new FeedbackInput("COMMISSION_APPROVED", "承認済み"));
        desk.feedback(POLICE, referral(caseId, Agency.POLICE).id(), new FeedbackInput("MEASURE_TAKEN", null));
        desk.feedback(POLICE, referral(caseId, Agency.POLICE).id(), new FeedbackInput("CLOSED", null));
        assertThat(processEnded(caseId)).as("waits for the MOD to close its referral").isFalse();

        desk.feedback(MOD, referral(caseId, Agency.MOD).id(), new FeedbackInput("CLOSED", "措置なし"));

        assertThat(processEnded(caseId)).isTrue();
        assertThat(escalation(caseId).status()).isEqualTo(EscalationStatus.COMPLETED);
        assertThat(referral(caseId, Agency.POLICE).feedback()).extracting(FeedbackEntry::type).containsExactly(
                FeedbackType.COMMISSION_APPROVAL_REQUESTED, FeedbackType.COMMISSION_APPROVED, FeedbackType.MEASURE_TAKEN,
                FeedbackType.CLOSED);
        assertThat(referrals(caseId)).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReferralStatus.CLOSED));
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(incidentEndedAt(caseId)).isEqualTo("EndEvent_Escalated");
        assertThat(actions(caseId)).containsSubsequence("ESCALATION_PROPOSED", "ESCALATION_APPROVED", "REFERRAL_SENT",
                "REFERRAL_ACKNOWLEDGED", "REFERRAL_ACKNOWLEDGED", "REFERRAL_FEEDBACK", "ESCALATION_COMPLETED");
    }

    @Test
    void rejectedEscalationGoesBackToTriageWithTheReason() {
        UUID caseId = proposed(List.of("POLICE"), false);

        scenario.complete(SUPERVISOR_1, caseId, "approve-escalation", new EscalationApproval(false, "基準 (b) の根拠が不足", null));

        assertThat(escalation(caseId).status()).isEqualTo(EscalationStatus.REJECTED);
        assertThat(escalation(caseId).decisionRationale()).isEqualTo("基準 (b) の根拠が不足");
        assertThat(referrals(caseId)).isEmpty();
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(cases.timeline(caseId)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ESCALATION_REJECTED");
            assertThat(e.detail()).isEqualTo("基準 (b) の根拠が不足");
            assertThat(e.actor()).isEqualTo("supervisor-1");
        });
        assertThat(scenario.openTasks(caseId, "triage")).hasSize(1);
        assertThat(processEnded(caseId)).isTrue();
    }

    @Test
    void emergencyReferralGoesOutAtOnceAndIsRatifiedBySecondSupervisor() {
        UUID caseId = proposed(List.of("POLICE"), true);
        assertThat(scenario.open(caseId, "approve-escalation").dueAt())
                .isEqualTo(escalation(caseId).proposedAt().plus(Duration.ofHours(1)));

        scenario.approve(SUPERVISOR_1, caseId);

        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(referrals(caseId)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ReferralStatus.SENT));
        assertThat(actions(caseId)).contains("EMERGENCY_REFERRAL");
        TaskItem ratification = scenario.open(caseId, "ratify-escalation");
        assertThat(ratification.dueAt()).isEqualTo(escalation(caseId).decidedAt().plus(Duration.ofHours(24)));
        assertThat(escalation(caseId).ratificationDueAt()).isEqualTo(ratification.dueAt());

        tasks.claim(SUPERVISOR_1, ratification.id());
        assertThatThrownBy(() -> tasks.complete(SUPERVISOR_1, ratification.id(), new EscalationRatification(true, "追認")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("second supervisor");
        tasks.unclaim(SUPERVISOR_1, ratification.id());
        scenario.complete(SUPERVISOR_2, caseId, "ratify-escalation", new EscalationRatification(true, "緊急性を確認"));

        Escalation ratified = escalation(caseId);
        assertThat(ratified.ratified()).isTrue();
        assertThat(ratified.ratifiedBy()).isEqualTo("supervisor-2");
        assertThat(actions(caseId)).contains("ESCALATION_RATIFIED");

        scenario.acknowledge(POLICE, caseId);
        desk.feedback(POLICE, referral(caseId, Agency.POLICE).id(), new FeedbackInput("MEASURE_TAKEN", "事後に委員会へ通知"));
        desk.feedback(POLICE, referral(caseId, Agency.POLICE).id(), new FeedbackInput("CLOSED", null));
        assertThat(processEnded(caseId)).isTrue();
        assertThat(escalation(caseId).status()).isEqualTo(EscalationStatus.COMPLETED);
        assertThat(incidentEndedAt(caseId)).isEqualTo("EndEvent_Escalated");
    }

    @Test
    void emergencyReferralNotRatifiedInTimeIsFlaggedToAllSupervisors() {
        UUID caseId = proposed(List.of("POLICE", "MOD"), true);
        scenario.approve(SUPERVISOR_1, caseId);
        TaskItem ratification = scenario.open(caseId, "ratify-escalation");
        tasks.claim(SUPERVISOR_2, ratification.id());

        Job timer = timer(caseId, "Timer_RatificationOverdue");
        assertThat(timer.getDuedate().toInstant()).isEqualTo(ratification.dueAt());
        at(ratification.dueAt().plusSeconds(60));
        management.executeJob(timer.getId());

        Escalation flagged = escalation(caseId);
        assertThat(flagged.ratificationOverdueAt()).isEqualTo(ratification.dueAt().plusSeconds(60));
        assertThat(flagged.ratified()).isNull();
        assertThat(actions(caseId)).contains("RATIFICATION_OVERDUE");
        TaskItem stillOpen = scenario.open(caseId, "ratify-escalation");
        assertThat(stillOpen.overdue()).isTrue();
        assertThat(stillOpen.assignee()).as("back in the queue every supervisor sees").isNull();
        assertThat(referrals(caseId)).allSatisfy(r -> assertThat(r.status()).isEqualTo(ReferralStatus.SENT));

        // A late ratification is still possible.
        scenario.complete(SUPERVISOR_2, caseId, "ratify-escalation", new EscalationRatification(true, "遅延して追認"));
        assertThat(escalation(caseId).ratified()).isTrue();
    }

    @Test
    void refusedRatificationWithdrawsTheReferralsAndReturnsTheCaseToTriage() {
        UUID caseId = proposed(List.of("POLICE", "MOD"), true);
        scenario.approve(SUPERVISOR_1, caseId);
        scenario.acknowledge(POLICE, caseId);

        scenario.complete(SUPERVISOR_2, caseId, "ratify-escalation", new EscalationRatification(false, "緊急性なし"));

        assertThat(escalation(caseId).status()).isEqualTo(EscalationStatus.WITHDRAWN);
        assertThat(referrals(caseId)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.WITHDRAWN);
            assertThat(r.withdrawnAt()).isNotNull();
        });
        assertThat(scenario.openTasks(caseId, "acknowledge-referral")).isEmpty();
        assertThat(processEnded(caseId)).isTrue();
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.TRIAGE);
        assertThat(scenario.openTasks(caseId, "triage")).hasSize(1);
        assertThat(actions(caseId)).containsSubsequence("RATIFICATION_REFUSED", "REFERRAL_WITHDRAWN", "TRIAGE_RESUMED");
    }

    @Test
    void missingAcknowledgementRemindsTheSupervisorWhoReferred() {
        UUID caseId = proposed(List.of("POLICE", "MOD"), false);
        scenario.approve(SUPERVISOR_2, caseId);
        scenario.acknowledge(MOD, caseId);
        Referral police = referral(caseId, Agency.POLICE);
        Instant due = police.sentAt().plus(Duration.ofHours(24));

        List<Job> timers = management.createJobQuery().processInstanceId(processOf(caseId))
                .activityId("Timer_AcknowledgementOverdue").list();
        assertThat(timers).as("the MOD's timer ended with its acknowledgement").hasSize(1);
        at(due.plusSeconds(60));
        management.executeJob(timers.get(0).getId());

        assertThat(referral(caseId, Agency.POLICE).remindedAt()).isEqualTo(due.plusSeconds(60));
        assertThat(referral(caseId, Agency.MOD).remindedAt()).isNull();
        assertThat(cases.timeline(caseId)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("REFERRAL_ACK_OVERDUE");
            assertThat(e.detail()).isEqualTo("POLICE → supervisor-2");
        });
        assertThat(scenario.open(caseId, "acknowledge-referral").overdue()).isTrue();
        TaskItem followUp = scenario.open(caseId, "follow-up-referral");
        assertThat(followUp.assignee()).isEqualTo("supervisor-2");
        assertThat(followUp.dueAt()).isEqualTo(due.plusSeconds(60).plus(Duration.ofDays(1)));

        tasks.complete(SUPERVISOR_2, followUp.id(), new ReferralFollowUp("警察庁に電話で確認"));
        assertThat(referral(caseId, Agency.POLICE).followUpNote()).isEqualTo("警察庁に電話で確認");

        scenario.acknowledge(POLICE, caseId);
        assertThat(referral(caseId, Agency.POLICE).status()).isEqualTo(ReferralStatus.ACKNOWLEDGED);
        assertThat(processEnded(caseId)).isFalse();
    }

    private UUID proposed(List<String> targets, boolean emergency) {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(WORKER, caseId, targets, emergency);
        return caseId;
    }

    private Escalation escalation(UUID caseId) {
        List<Escalation> all = views.ofCase(caseId).escalations();
        return all.get(all.size() - 1);
    }

    private List<Referral> referrals(UUID caseId) {
        return views.ofCase(caseId).referrals();
    }

    private Referral referral(UUID caseId, Agency agency) {
        return referrals(caseId).stream().filter(r -> r.agency() == agency).findFirst().orElseThrow();
    }

    private String processOf(UUID caseId) {
        return escalations.processInstanceOf(escalation(caseId).id());
    }

    private boolean processEnded(UUID caseId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processOf(caseId)).count() == 0;
    }

    /** The end event the case's incident-report process reached, if it ended. */
    private String incidentEndedAt(UUID caseId) {
        String caseNumber = cases.get(caseId).caseNumber();
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey("incident-report")
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityType("noneEndEvent")
                .list().stream().map(a -> a.getActivityId()).filter(id -> !id.equals("EndEvent_OverdueFlagged"))
                .findFirst().orElse(null);
    }

    private Job timer(UUID caseId, String activityId) {
        return management.createJobQuery().processInstanceId(processOf(caseId)).activityId(activityId).singleResult();
    }

    private List<String> actions(UUID caseId) {
        return cases.timeline(caseId).stream().map(TimelineEntry::action).toList();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
