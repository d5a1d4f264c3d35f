-- The mail outbox: every mail Tsuho sends is first written here, in the transaction of the business change that
-- causes it (a rolled-back change leaves no mail), then sent by the outbox worker.
-- status: PENDING (waiting for next_attempt_at), SENDING (claimed by a worker until locked_until), SENT, FAILED
-- (gave up after the configured number of attempts). dedup_key names the business event and the recipient, so an
-- event delivered twice (an engine retry, a replayed request) never enqueues a second mail.
create table mail_outbox (
    id              uuid         primary key,
    dedup_key       varchar(400) not null unique,
    recipient       text         not null,
    locale          varchar(10)  not null,
    template        varchar(60)  not null,
    subject         text         not null,
    body            text         not null,
    status          varchar(10)  not null default 'PENDING',
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    locked_until    timestamptz,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
-- what the worker claims: due pending mail, and claims whose lease ran out (a worker died while sending)
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_leased on mail_outbox (locked_until) where status = 'SENDING';
create index mail_outbox_by_status on mail_outbox (status, created_at desc);

-- A mail's attachments, each either stored bytes or a reference the worker renders at sending time
-- (kind NOTICE_PDF, reference = the notice id): the notice is immutable once served, so the PDF is the same, and
-- the serving transaction does not wait for a PDF to be printed.
create table mail_attachments (
    mail_id      uuid         not null references mail_outbox (id) on delete cascade,
    position     int          not null,
    file_name    text         not null,
    content_type varchar(100) not null,
    kind         varchar(20)  not null,
    reference    text,
    content      bytea,
    primary key (mail_id, position),
    check ((kind = 'BYTES') = (content is not null))
);
