-- The inbox: our own read model of open user tasks, kept in step with the engine by task events in the
-- engine's transaction, so queues are plain indexed queries with keyset pagination.
create table inbox_tasks (
    task_id             varchar(64)  primary key,
    task_key            varchar(60)  not null,
    name                text         not null,
    case_id             uuid         not null references cases (id),
    candidate_group     varchar(40)  not null,
    receipt_number      varchar(20),
    assignee            varchar(100),
    created_at          timestamptz  not null,
    due_at              timestamptz  not null,
    overdue             boolean      not null default false,
    process_instance_id varchar(64)  not null
);
create index inbox_group_queue on inbox_tasks (candidate_group, due_at, task_id) where assignee is null;
create index inbox_by_assignee on inbox_tasks (assignee, due_at, task_id);
create index inbox_by_case on inbox_tasks (case_id);
