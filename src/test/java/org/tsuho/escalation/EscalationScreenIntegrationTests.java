package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.intake.Intake;
import org.tsuho.support.ScreenSession;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.TaskItem;
import org.tsuho.tasks.Tasks;

/**
 * The escalation screens over plain HTTP, for what the browser test does not send: a proposer approving their own
 * proposal, tampered decisions, and a liaison reaching for another agency's referral. A refusal is a message on the
 * page and bad input is named on the form; neither is ever a failure.
 */
@TsuhoIntegrationTest
class EscalationScreenIntegrationTests {

    /** A case worker who is also a duty supervisor: the one person who could approve their own proposal. */
    static final Actor DUTY_OFFICER = EscalationScenario.staff("duty-officer", Role.CASE_WORKER, Role.SUPERVISOR);

    @LocalServerPort
    int port;
    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;
    @Autowired
    Referrals referrals;
    @Autowired
    Escalations escalations;
    @Autowired
    ManagementService management;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;

    private EscalationScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new EscalationScenario(intake, tasks);
        accounts.save(DUTY_OFFICER.username(), passwords.encode("demo"), "当番責任者", DUTY_OFFICER.roles(), null);
    }

    @Test
    void theProposerIsToldOnThePageThatTheyCannotApproveTheirOwnProposal() {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(DUTY_OFFICER, caseId, List.of("POLICE"), false);
        tasks.claim(DUTY_OFFICER, scenario.open(caseId, "approve-escalation").id());
        ScreenSession duty = ScreenSession.signIn(port, DUTY_OFFICER.username());
        assertThat(duty.get("/cases/" + caseId).body()).contains("自分が提案したエスカレーションは承認できません (職務分離)");

        HttpResponse<String> own = duty.post("/cases/" + caseId + "/approval",
                Map.of("approved", "true", "tlp", "AMBER", "rationale", "自分で承認する"));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("職務分離のため、自分が提案したエスカレーションは承認できません。")
                .contains("自分で承認する").contains("エスカレーション審査中");
        assertThat(referrals.ofCase(caseId)).isEmpty();
    }

    @Test
    void tamperedDecisionsAreNamedOnTheFormAndATaskNotHeldSendsBackToTheCase() {
        UUID caseId = scenario.fileReport("AMBER+STRICT").caseId();
        scenario.proposeEscalation(EscalationScenario.WORKER, caseId, List.of("POLICE"), false);
        ScreenSession supervisor = ScreenSession.signIn(port, "supervisor-1");

        HttpResponse<String> notHeld = supervisor.post("/cases/" + caseId + "/approval", Map.of("approved", "true", "rationale", "承認"));
        assertThat(notHeld.statusCode()).isEqualTo(302);
        assertThat(supervisor.get("/cases/" + caseId).body()).contains("このタスクを担当していないか、既に完了しています。");

        tasks.claim(EscalationScenario.SUPERVISOR_1, scenario.open(caseId, "approve-escalation").id());
        String page = supervisor.get("/cases/" + caseId).body();
        assertThat(page).contains("value=\"AMBER+STRICT\"").contains("value=\"RED\"").doesNotContain("value=\"AMBER\"")
                .doesNotContain("value=\"GREEN\"");

        HttpResponse<String> below = supervisor.post("/cases/" + caseId + "/approval",
                Map.of("approved", "true", "tlp", "GREEN", "rationale", "承認"));
        assertThat(below.statusCode()).isEqualTo(200);
        assertThat(below.body()).contains("報告のTLP（AMBER+STRICT）より低くできません");

        HttpResponse<String> nonsense = supervisor.post("/cases/" + caseId + "/approval",
                Map.of("approved", "maybe", "tlp", "PURPLE", "rationale", " "));
        assertThat(nonsense.statusCode()).isEqualTo(200);
        assertThat(nonsense.body()).contains("入力してください").contains("次のいずれかを指定してください")
                .contains("入力内容に 3 件の問題があります。");
        assertThat(referrals.ofCase(caseId)).isEmpty();

        HttpResponse<String> rejected = supervisor.post("/cases/" + caseId + "/approval",
                Map.of("approved", "false", "tlp", "PURPLE", "rationale", "基準を満たさない"));
        assertThat(rejected.statusCode()).as("a rejection needs no marking, but one given must be a TLP").isEqualTo(200);
        assertThat(rejected.body()).contains("次のいずれかを指定してください");
        supervisor.post("/cases/" + caseId + "/approval", Map.of("approved", "false", "rationale", "基準を満たさない"));
        assertThat(supervisor.get("/cases/" + caseId).body()).contains("エスカレーションを却下しました。").contains("却下")
                .contains("基準を満たさない");
    }

    @Test
    void supervisorsRatifyAnEmergencyReferralAndFollowUpAMissingAcknowledgement() {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(EscalationScenario.WORKER, caseId, List.of("POLICE"), true);
        scenario.approve(EscalationScenario.SUPERVISOR_1, caseId);
        String casePage = "/cases/" + caseId;

        // The supervisor who referred at once may hold the ratification, but not give it.
        TaskItem ratification = scenario.open(caseId, "ratify-escalation");
        tasks.claim(EscalationScenario.SUPERVISOR_1, ratification.id());
        ScreenSession referring = ScreenSession.signIn(port, "supervisor-1");
        HttpResponse<String> own = referring.post(casePage + "/ratification", Map.of("ratified", "true", "rationale", "追認する"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("緊急連携を提案または承認した本人は事後承認できません。").contains("追認する");
        tasks.unclaim(EscalationScenario.SUPERVISOR_1, ratification.id());

        tasks.claim(EscalationScenario.SUPERVISOR_2, ratification.id());
        ScreenSession second = ScreenSession.signIn(port, "supervisor-2");
        assertThat(second.get(casePage).body()).contains("id=\"ratification\"").contains("緊急連携の事後承認");
        HttpResponse<String> ratified = second.post(casePage + "/ratification", Map.of("ratified", "true", "rationale", "生命への危険が継続"));
        assertThat(ratified.statusCode()).isEqualTo(302);
        assertThat(second.get(casePage).body()).contains("緊急連携を事後承認しました。").contains("事後承認済み").contains("生命への危険が継続")
                .doesNotContain("id=\"ratification\"");

        // Nobody acknowledged in time: the supervisor who referred follows it up on the case page.
        String process = escalations.processInstanceOf(escalations.ofCase(caseId).get(0).id());
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId("Timer_AcknowledgementOverdue")
                .singleResult().getId());
        String page = referring.get(casePage).body();
        assertThat(page).contains("id=\"follow-up-POLICE\"").contains("確認期限超過");
        String followUp = scenario.open(caseId, "follow-up-referral").id();
        HttpResponse<String> blank = referring.post(casePage + "/follow-ups/" + followUp, Map.of("note", ""));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("入力してください");
        HttpResponse<String> done = referring.post(casePage + "/follow-ups/" + followUp, Map.of("note", "警察庁の連絡担当に電話した"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(referring.get(casePage).body()).contains("フォローアップを記録しました。").contains("警察庁の連絡担当に電話した")
                .doesNotContain("id=\"follow-up-POLICE\"");
    }

    @Test
    void liaisonsWorkOnlyTheirOwnAgencysReferralsOnThePortal() {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(EscalationScenario.WORKER, caseId, List.of("POLICE", "MOD"), false);
        scenario.approve(EscalationScenario.SUPERVISOR_1, caseId);
        UUID police = referralOf(caseId, Agency.POLICE);
        UUID mod = referralOf(caseId, Agency.MOD);
        ScreenSession policeLiaison = ScreenSession.signIn(port, "police-liaison");
        ScreenSession modLiaison = ScreenSession.signIn(port, "mod-liaison");

        assertThat(modLiaison.get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/referrals"));
        assertThat(modLiaison.get("/referrals").body()).contains("/referrals/" + mod).doesNotContain("/referrals/" + police);
        for (HttpResponse<String> foreign : List.of(modLiaison.get("/referrals/" + police), modLiaison.get("/referrals/" + police + "/stix"),
                modLiaison.post("/referrals/" + police + "/acknowledgement", Map.of("reference", "MOD-1")),
                modLiaison.post("/referrals/" + police + "/feedback", Map.of("type", "CLOSED")),
                modLiaison.get("/referrals/" + UUID.randomUUID()), modLiaison.get("/referrals/not-a-referral"),
                modLiaison.get("/referrals/tasks/" + scenario.visible(EscalationScenario.POLICE, caseId, "acknowledge-referral").id()))) {
            assertThat(foreign.statusCode()).as("%s", foreign.uri()).isEqualTo(404);
            assertThat(ScreenSession.heading(foreign)).isEqualTo("見つかりません");
        }
        assertThat(referrals.find(police).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
        assertThat(ScreenSession.signIn(port, "worker-1").get("/referrals").statusCode()).isEqualTo(403);

        // From the inbox's acknowledgement task to its referral; the ministry is never told the operator's name.
        TaskItem modTask = scenario.visible(EscalationScenario.MOD, caseId, "acknowledge-referral");
        assertThat(modLiaison.get("/referrals/tasks/" + modTask.id()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/referrals/" + mod));
        assertThat(modLiaison.get("/referrals/" + mod).body()).doesNotContain("東和電力").contains("電気");
        assertThat(modLiaison.get("/inbox?tab=group").body()).doesNotContain("東和電力");

        HttpResponse<String> early = policeLiaison.post("/referrals/" + police + "/feedback", Map.of("type", "MEASURE_TAKEN"));
        assertThat(early.statusCode()).isEqualTo(302);
        assertThat(policeLiaison.get("/referrals/" + police).body()).contains("この連携にはフィードバックを記録できません");

        HttpResponse<String> blank = policeLiaison.post("/referrals/" + police + "/acknowledgement", Map.of("reference", " "));
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("入力してください").contains("貴機関の受付番号");
        assertThat(scenario.visible(EscalationScenario.POLICE, caseId, "acknowledge-referral").assignee())
                .as("the claim went back with the refused acknowledgement").isNull();

        policeLiaison.post("/referrals/" + police + "/acknowledgement", Map.of("reference", "NPA-7", "note", ""));
        HttpResponse<String> unknown = policeLiaison.post("/referrals/" + police + "/feedback", Map.of("type", "BOGUS", "note", "x"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("次のいずれかを指定してください");
        policeLiaison.post("/referrals/" + police + "/feedback", Map.of("type", "CLOSED"));
        assertThat(referrals.find(police).orElseThrow().status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(policeLiaison.get("/referrals/" + police).body()).contains("終了").doesNotContain("name=\"type\"");
    }

    private UUID referralOf(UUID caseId, Agency agency) {
        return referrals.ofCase(caseId).stream().filter(r -> r.agency() == agency).findFirst().orElseThrow().id();
    }
}
