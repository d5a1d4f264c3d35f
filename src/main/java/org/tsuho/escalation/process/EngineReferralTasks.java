package org.tsuho.escalation.process;

import java.util.UUID;
import org.operaton.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.tsuho.escalation.ReferralTasks;
import org.tsuho.platform.error.NotFoundException;

/** Reads a referral task's {@code referralId}, the element of its multi-instance branch. */
@Component
class EngineReferralTasks implements ReferralTasks {

    private final TaskService tasks;

    EngineReferralTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public UUID referralOf(String taskId) {
        Object id = tasks.getVariable(taskId, EscalationProcess.REFERRAL_ID);
        if (id == null) {
            throw new NotFoundException("referral");
        }
        return UUID.fromString((String) id);
    }
}
