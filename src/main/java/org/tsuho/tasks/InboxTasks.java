package org.tsuho.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tsuho.platform.database.Jdbc;
import org.tsuho.platform.paging.Cursor;
import org.tsuho.platform.paging.Page;

/** The inbox read model (table {@code inbox_tasks}). Queues are ordered by due time, then task id. */
@Repository
class InboxTasks {

    record Row(String taskId, String taskKey, String name, UUID caseId, String candidateGroup, String receiptNumber,
               String assignee, Instant createdAt, Instant dueAt, String processInstanceId) {
    }

    private static final String SELECT = """
            select t.task_id, t.task_key, t.name, t.case_id, c.case_number, t.receipt_number, co.name_ja as company_name,
                   co.sector, c.severity, t.created_at, t.due_at, t.overdue, t.assignee
              from inbox_tasks t
              join cases c on c.id = t.case_id
              join companies co on co.id = c.company_id
            """;

    private final JdbcClient jdbc;

    InboxTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                insert into inbox_tasks (task_id, task_key, name, case_id, candidate_group, receipt_number, assignee,
                                         created_at, due_at, process_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (task_id) do nothing
                """)
                .params(row.taskId(), row.taskKey(), row.name(), row.caseId(), row.candidateGroup(), row.receiptNumber(),
                        row.assignee(), Jdbc.ts(row.createdAt()), Jdbc.ts(row.dueAt()), row.processInstanceId())
                .update();
    }

    void assign(String taskId, String assignee) {
        jdbc.sql("update inbox_tasks set assignee = ? where task_id = ?").params(assignee, taskId).update();
    }

    void reschedule(String taskId, Instant dueAt) {
        jdbc.sql("update inbox_tasks set due_at = ? where task_id = ?").params(Jdbc.ts(dueAt), taskId).update();
    }

    void remove(String taskId) {
        jdbc.sql("delete from inbox_tasks where task_id = ?").param(taskId).update();
    }

    int flagOverdue(String processInstanceId, String taskKey) {
        return jdbc.sql("update inbox_tasks set overdue = true where process_instance_id = ? and task_key = ?")
                .params(processInstanceId, taskKey).update();
    }

    Optional<OpenTask> find(String taskId) {
        return open("select task_id, task_key, case_id, process_instance_id, assignee, candidate_group from inbox_tasks where task_id = ?", taskId);
    }

    /**
     * The task, its row locked until the transaction ends: two people claiming at once (on one node or two) are
     * served one after the other, and the second sees the first one's claim instead of racing it in the engine.
     */
    Optional<OpenTask> lock(String taskId) {
        return open("select task_id, task_key, case_id, process_instance_id, assignee, candidate_group from inbox_tasks where task_id = ? for update", taskId);
    }

    private Optional<OpenTask> open(String sql, String taskId) {
        return jdbc.sql(sql)
                .param(taskId)
                .query((rs, n) -> new OpenTask(rs.getString("task_id"), rs.getString("task_key"), rs.getObject("case_id", UUID.class),
                        rs.getString("process_instance_id"), rs.getString("assignee"), rs.getString("candidate_group")))
                .optional();
    }

    Optional<TaskItem> item(String taskId) {
        return jdbc.sql(SELECT + " where t.task_id = ?").param(taskId).query(InboxTasks::item).optional();
    }

    List<TaskItem> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where t.case_id = ? order by t.created_at, t.task_id").param(caseId).query(InboxTasks::item).list();
    }

    /** Tasks someone holds that were flagged overdue or fall due before {@code until}, by holder then due time. */
    List<TaskItem> heldDueBefore(Instant until) {
        return jdbc.sql(SELECT + " where t.assignee is not null and (t.overdue or t.due_at < ?) order by t.assignee, t.due_at, t.task_id")
                .param(Jdbc.ts(until)).query(InboxTasks::item).list();
    }

    List<String> claimable(UUID caseId, List<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select task_id from inbox_tasks where case_id = :caseId and assignee is null and candidate_group in (:groups)")
                .param("caseId", caseId).param("groups", groups)
                .query(String.class).list();
    }

    Page<TaskItem> page(Scope scope, String username, List<String> groups, Instant now, int limit, String cursor) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        params.put("me", username);
        params.put("groups", groups.isEmpty() ? List.of("") : groups);
        switch (scope) {
            case MINE -> sql.append(" where t.assignee = :me");
            case GROUP -> sql.append(" where t.assignee is null and t.candidate_group in (:groups)");
            case OVERDUE -> {
                sql.append(" where (t.assignee = :me or (t.assignee is null and t.candidate_group in (:groups)))");
                sql.append(" and (t.overdue or t.due_at < :now)");
                params.put("now", Jdbc.ts(now));
            }
        }
        if (cursor != null && !cursor.isBlank()) {
            Cursor after = Cursor.decode(cursor);
            sql.append(" and (t.due_at, t.task_id) > (:afterDue, :afterId)");
            params.put("afterDue", Jdbc.ts(after.at()));
            params.put("afterId", after.id());
        }
        sql.append(" order by t.due_at, t.task_id limit :limit");
        params.put("limit", limit + 1);
        List<TaskItem> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(InboxTasks::item).list());
        String next = null;
        if (rows.size() > limit) {
            rows.remove(limit);
            TaskItem last = rows.get(limit - 1);
            next = new Cursor(last.dueAt(), last.id()).encode();
        }
        return new Page<>(rows.stream().map(t -> overdueAsOf(t, now)).toList(), next);
    }

    /** A task is overdue once the timer flagged it, or as soon as its due time has passed. */
    static TaskItem overdueAsOf(TaskItem t, Instant now) {
        boolean overdue = t.overdue() || (t.dueAt() != null && t.dueAt().isBefore(now));
        return overdue == t.overdue() ? t : new TaskItem(t.id(), t.taskKey(), t.name(), t.caseId(), t.caseNumber(),
                t.receiptNumber(), t.companyName(), t.sector(), t.severity(), t.createdAt(), t.dueAt(), true, t.assignee());
    }

    private static TaskItem item(ResultSet rs, int row) throws SQLException {
        return new TaskItem(rs.getString("task_id"), rs.getString("task_key"), rs.getString("name"),
                rs.getObject("case_id", UUID.class), rs.getString("case_number"), rs.getString("receipt_number"),
                rs.getString("company_name"), rs.getString("sector"), (Integer) rs.getObject("severity"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "due_at"), rs.getBoolean("overdue"), rs.getString("assignee"));
    }
}
