package org.tsuho.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskKeysTests {

    /** Every task key of api.md from the BPMN id that produces it. */
    @ParameterizedTest
    @CsvSource({
            "Task_Triage, triage",
            "Task_ApproveEscalation, approve-escalation",
            "Task_AcknowledgeReferral, acknowledge-referral",
            "Task_PrepareNotice, prepare-notice",
            "Task_ApproveNotice, approve-notice",
            "Task_DecideDisposition, decide-disposition",
            "Task_DecideReferral, decide-referral",
            "Task_AssignExaminer, assign-examiner",
            "Task_ExamineAppeal, examine-appeal",
            "Task_RuleAppeal, rule-appeal"})
    void bpmnIdsBecomeTheApiTaskKeys(String taskDefinitionKey, String taskKey) {
        assertThat(TaskKeys.of(taskDefinitionKey)).isEqualTo(taskKey);
    }

    @ParameterizedTest
    @CsvSource({
            "PrepareNotice, prepare-notice",
            "Task_ExportSTIX, export-stix",
            "Task_Review2Cases, review2-cases",
            "Task_triage, triage",
            "Task_, ''"})
    void oddIdsStillGiveStableKeys(String taskDefinitionKey, String taskKey) {
        assertThat(TaskKeys.of(taskDefinitionKey)).isEqualTo(taskKey);
    }
}
