package org.tsuho.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsuho.audit.AuditTrail;
import org.tsuho.casefile.LegalHolds;
import org.tsuho.identity.Actor;
import org.tsuho.identity.Role;
import org.tsuho.intake.Intake;
import org.tsuho.support.AuditLog;
import org.tsuho.support.PenaltyTrack;
import org.tsuho.support.TsuhoIntegrationTest;
import org.tsuho.tasks.Tasks;

/**
 * A staff read of a notice (JSON or PDF) is in the audit trail, the company's read of its own is not; and a case whose
 * proceeding is still open is held from retention.
 */
@TsuhoIntegrationTest
class NoticeReadAuditIntegrationTests {

    private static final Instant START = Instant.parse("2026-11-25T01:00:00Z");
    private static final Actor OVERSIGHT = new Actor("oversight-1", "oversight-1", Set.of(Role.OVERSIGHT), null);

    @Autowired
    Intake intake;
    @Autowired
    Tasks tasks;
    @Autowired
    ProceedingViews proceedings;
    @Autowired
    NoticeViews notices;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    AuditTrail trail;
    @Autowired
    OpenProceedingHolds openProceedings;

    private PenaltyTrack track;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(START));
        track = new PenaltyTrack(intake, tasks, proceedings, runtime, taskService, management);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void staffReadsOfANoticeAreAuditedAndTheCompanysOwnAreNot() {
        NoticeView order = track.order(PenaltyTrack.SUPERVISOR_1, PenaltyTrack.SUPERVISOR_2);
        long mark = AuditLog.mark(trail);

        notices.get(PenaltyTrack.COMPANY_A, order.id());
        notices.get(OVERSIGHT, order.id());
        notices.pdf(OVERSIGHT, order.id());

        assertThat(AuditLog.since(trail, mark)).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("NOTICE_READ");
            assertThat(e.actor()).isEqualTo("oversight-1");
            assertThat(e.detail()).isEqualTo(order.id().toString());
            assertThat(e.caseId()).isNotNull();
        });
    }

    @Test
    void anOpenProceedingHoldsItsCaseFromRetention() {
        NoticeView order = track.order(PenaltyTrack.SUPERVISOR_1, PenaltyTrack.SUPERVISOR_2);
        var proceeding = proceedings.get(order.proceedingId());

        LegalHolds holds = openProceedings;
        assertThat(holds.holds(proceeding.caseId())).isTrue();
        assertThat(holds.holds(java.util.UUID.randomUUID())).isFalse();
    }
}
