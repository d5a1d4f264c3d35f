package org.tsuho.appeal.process;

import static org.tsuho.appeal.process.AppealProcess.APPEAL_ID;
import static org.tsuho.appeal.process.AppealProcess.APPEAL_NUMBER;
import static org.tsuho.appeal.process.AppealProcess.CASE_ID;
import static org.tsuho.appeal.process.AppealProcess.CASE_NUMBER;
import static org.tsuho.appeal.process.AppealProcess.DISMISSED;
import static org.tsuho.appeal.process.AppealProcess.RECEIPT_NUMBER;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tsuho.appeal.AppealFiled;
import org.tsuho.appeal.AppealSteps;
import org.tsuho.platform.process.ProcessStarts;

/** Starts the appeal process for each registered appeal, in the transaction that registered it. */
@Component
class AppealStarter {

    private final ProcessStarts starts;
    private final AppealSteps steps;

    AppealStarter(ProcessStarts starts, AppealSteps steps) {
        this.starts = starts;
        this.steps = steps;
    }

    @EventListener
    void on(AppealFiled filed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(APPEAL_ID, filed.appealId().toString());
        variables.put(APPEAL_NUMBER, filed.number());
        variables.put(CASE_ID, filed.caseId().toString());
        variables.put(CASE_NUMBER, filed.caseNumber());
        variables.put(RECEIPT_NUMBER, null);
        variables.put(DISMISSED, filed.dismissed());
        ProcessInstance instance = starts.start(AppealProcess.KEY, filed.number(), variables);
        steps.attachProcess(filed.appealId(), instance.getId());
    }
}
