-- Idempotency keys of company submissions. The row is written first, in the intake transaction, so a
-- concurrent retry with the same key waits on it and then replays the stored answer.
create table idempotency_keys (
    company_id   char(13)     not null references companies (id),
    key          varchar(255) not null,
    request_hash char(64)     not null,
    report_id    uuid         references reports (id),
    created_at   timestamptz  not null,
    primary key (company_id, key)
);
