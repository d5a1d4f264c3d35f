package org.tsuho.resilience;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds, read directly (not through the application): the proof that an acknowledged report
 * survived, and the count of a timer's side effects. Also the one piece of setup done behind the application's back:
 * moving a waiting timer's due date, as time passing would.
 */
final class DatabaseView {

    private final JdbcClient jdbc;

    DatabaseView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reports filed under this Idempotency-Key of company-a (9010401012345): 0 or 1, never more. */
    int reportsForKey(String key) {
        return jdbc.sql("""
                        select count(*) from idempotency_keys k join reports r on r.id = k.report_id
                         where k.company_id = '9010401012345' and k.key = ?
                        """)
                .param(key).query(Integer.class).single();
    }

    /** The report with this id and receipt number, in its case with this id and number. */
    boolean reportInCase(UUID reportId, String receiptNumber, UUID caseId, String caseNumber) {
        return jdbc.sql("""
                        select count(*) from reports r join cases c on c.id = r.case_id
                         where r.id = ? and r.receipt_number = ? and c.id = ? and c.case_number = ?
                        """)
                .params(reportId, receiptNumber, caseId, caseNumber).query(Integer.class).single() == 1;
    }

    /** The running incident-report process instance of the case (business key = case number), if any. */
    Optional<String> incidentProcess(String caseNumber) {
        return jdbc.sql("""
                        select e.id_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                         where e.business_key_ = ? and e.parent_id_ is null and d.key_ = 'incident-report'
                        """)
                .param(caseNumber).query(String.class).optional();
    }

    /** The case's open triage task in the inbox read model, as the queues show it. */
    Optional<String> triageTask(UUID caseId, String processInstanceId) {
        return jdbc.sql("select task_id from inbox_tasks where case_id = ? and task_key = 'triage' and process_instance_id = ?")
                .params(caseId, processInstanceId).query(String.class).optional();
    }

    /** How often the case's timeline records this action (a timer's side effect). */
    int timelineCount(UUID caseId, String action) {
        return jdbc.sql("select count(*) from case_events where case_id = ? and action = ?")
                .params(caseId, action).query(Integer.class).single();
    }

    /** How often the engine's history saw this activity run in this process instance. */
    int activityRuns(String processInstanceId, String activityId) {
        return jdbc.sql("select count(*) from act_hi_actinst where proc_inst_id_ = ? and act_id_ = ?")
                .params(processInstanceId, activityId).query(Integer.class).single();
    }

    /** MISSING_REPORT failures recorded against the case in its penalty proceedings. */
    int missingReportFailures(UUID caseId) {
        return jdbc.sql("""
                        select count(*) from proceeding_failures f join proceedings p on p.id = f.proceeding_id
                         where p.case_id = ? and f.type = 'MISSING_REPORT'
                        """)
                .param(caseId).query(Integer.class).single();
    }

    /**
     * Moves the timers of this BPMN element in these process instances to fall due at {@code dueAt}: the engine
     * stores due dates as UTC wall-clock time (the nodes run with {@code user.timezone=UTC}). Returns how many moved.
     */
    int makeDue(Collection<String> processInstanceIds, String timerId, Instant dueAt) {
        return jdbc.sql("""
                        update act_ru_job j set duedate_ = :due
                          from act_ru_jobdef d
                         where d.id_ = j.job_def_id_ and d.act_id_ = :timer and j.process_instance_id_ in (:instances)
                        """)
                .param("due", Timestamp.valueOf(LocalDateTime.ofInstant(dueAt, ZoneOffset.UTC)))
                .param("timer", timerId)
                .param("instances", List.copyOf(processInstanceIds))
                .update();
    }

    /** Cases of this database whose triage was flagged overdue. */
    int casesWithTimelineAction(String action) {
        return jdbc.sql("select count(distinct case_id) from case_events where action = ?").param(action).query(Integer.class).single();
    }
}
