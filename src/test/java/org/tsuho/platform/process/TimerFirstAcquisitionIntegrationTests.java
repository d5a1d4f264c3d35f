package org.tsuho.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.operaton.bpm.engine.impl.persistence.entity.JobEntity;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsuho.support.TsuhoIntegrationTest;

/**
 * In a wave of deadlines, due timers are taken before the work they hand on: a fired detailed-report deadline leaves a
 * job that records the missing report, and the job executor acquires every due timer before it. (The job executor
 * is off in tests, so the acquisition runs here as the engine's command.)
 */
@TsuhoIntegrationTest
class TimerFirstAcquisitionIntegrationTests {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void removeInstances() {
        started.forEach(id -> runtime.deleteProcessInstance(id, "test"));
    }

    @Test
    void aDueTimerIsAcquiredBeforeAMissingReportJobThatFellDueEarlier() {
        Instant now = Instant.now();
        // A deadline that passed two hours ago fired an hour ago: its missing-report job has waited since then.
        String fired = watchPastItsDeadline(now.minus(Duration.ofHours(2)));
        ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofHours(1))));
        try {
            management.executeJob(job(fired, "Timer_DetailedReportDue").getId());
        } finally {
            ClockUtil.reset();
        }
        Job handedOn = job(fired, "Activity_RecordMissingReport");
        assertThat(((JobEntity) handedOn).isExclusive()).as("not run at once in the timer's thread").isFalse();
        // Another deadline passed a minute ago: by due date alone the older missing-report job would come first.
        Job dueTimer = job(watchPastItsDeadline(now.minus(Duration.ofMinutes(1))), "Timer_DetailedReportDue");
        assertThat(handedOn.getDuedate()).isBefore(dueTimer.getDuedate());

        List<String> first = engine.getCommandExecutorTxRequired()
                .execute(new AcquireJobsCmd(engine.getJobExecutor(), 1))
                .getJobIdBatches().stream().flatMap(List::stream).toList();

        assertThat(first).singleElement().isNotEqualTo(handedOn.getId())
                .satisfies(id -> assertThat(management.createJobQuery().jobId(id).timers().count()).as("a timer").isOne());
    }

    /** An incident-report instance at its detailed report's watch, with this deadline. */
    private String watchPastItsDeadline(Instant deadline) {
        String id = runtime.createProcessInstanceByKey("incident-report")
                .businessKey("C-ACQ-" + UUID.randomUUID())
                .setVariables(Map.of("caseId", UUID.randomUUID().toString(), "caseNumber", "C-ACQ",
                        "detailedDueAt", Date.from(deadline)))
                .startBeforeActivity("Wait_DetailedReport")
                .execute().getId();
        started.add(id);
        return id;
    }

    private Job job(String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    }
}
