package org.tsuho.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsuho.escalation.EscalationScenario.POLICE;
import static org.tsuho.escalation.EscalationScenario.SUPERVISOR_1;
import static org.tsuho.escalation.EscalationScenario.WORKER;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tsuho.audit.AuditEntry;
import org.tsuho.audit.AuditTrail;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.identity.persistence.Accounts;
import org.tsuho.intake.Intake;
import org.tsuho.support.ApiClient;
import org.tsuho.support.AuditLog;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;

/**
 * Escalation in the audit trail: every delivery of a referral package to a liaison is a disclosure entry (it is
 * also the read of the package), the decisions are there with their codes but without their rationale, and a
 * separation-of-duties refusal is recorded although the refused work is rolled back.
 */
@TsuhoIntegrationTest
class EscalationAuditIntegrationTests {

    static final String DUTY_OFFICER = "duty-officer";
    static final Actor DUTY = new Actor(DUTY_OFFICER, DUTY_OFFICER, Set.of(Role.CASE_WORKER, Role.SUPERVISOR), null);

    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;
    @Autowired
    Referrals referrals;
    @Autowired
    AuditTrail trail;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @LocalServerPort
    int port;

    EscalationScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new EscalationScenario(intake, tasks);
        accounts.save(DUTY_OFFICER, passwords.encode("demo"), "当番責任者", Set.of(Role.CASE_WORKER, Role.SUPERVISOR), null);
    }

    @Test
    void everyPackageDeliveryIsADisclosureEntryOfTheLiaison() {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(WORKER, caseId, List.of("POLICE"), false);
        scenario.approve(SUPERVISOR_1, caseId);
        UUID referral = referrals.ofCase(caseId).get(0).id();
        long mark = AuditLog.mark(trail);

        ApiClient police = ApiClient.on(port).as(POLICE.username());
        assertThat(police.get("/api/v1/referrals/" + referral).status()).isEqualTo(200);
        assertThat(police.get("/api/v1/referrals/" + referral + "/stix").status()).isEqualTo(200);

        List<AuditEntry> added = AuditLog.since(trail, mark);
        assertThat(added).filteredOn(e -> e.action().equals("DISCLOSED")).extracting(AuditEntry::detail)
                .containsExactly("POLICE PACKAGE " + referral, "POLICE STIX " + referral);
        assertThat(added).filteredOn(e -> e.action().equals("DISCLOSED")).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("police-liaison");
            assertThat(e.roles()).isEqualTo("police-liaison");
            assertThat(e.caseId()).isEqualTo(caseId);
        });
        assertThat(added).filteredOn(e -> e.action().equals("REFERRAL_DELIVERED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("POLICE PACKAGE"));
    }

    @Test
    void aRejectionIsRecordedWithoutItsRationale() {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(WORKER, caseId, List.of("MOD"), false);
        long mark = AuditLog.mark(trail);

        scenario.complete(SUPERVISOR_1, caseId, "approve-escalation", new EscalationApproval(false, "根拠不足のため却下", null));

        assertThat(AuditLog.since(trail, mark)).filteredOn(e -> e.action().equals("ESCALATION_REJECTED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("supervisor-1");
                    assertThat(e.detail()).isNull();
                });
    }

    @Test
    void aSeparationOfDutiesRefusalIsRecordedAndTheRefusedCompletionIsNot() {
        UUID caseId = scenario.fileReport("AMBER").caseId();
        scenario.proposeEscalation(DUTY, caseId, List.of("POLICE"), false);
        String taskId = scenario.open(caseId, "approve-escalation").id();
        ApiClient duty = ApiClient.on(port).as(DUTY_OFFICER);
        assertThat(duty.post("/api/v1/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        long mark = AuditLog.mark(trail);

        assertThat(duty.post("/api/v1/tasks/" + taskId + "/complete", "{\"approved\": true, \"rationale\": \"自分で承認\"}").status())
                .isEqualTo(403);

        assertThat(AuditLog.since(trail, mark)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ACTION_REFUSED");
            assertThat(e.actor()).isEqualTo(DUTY_OFFICER);
            assertThat(e.roles()).isEqualTo("case-worker,supervisor");
            assertThat(e.detail()).isEqualTo("POST /api/v1/tasks/" + taskId + "/complete");
        });
    }
}
