-- Entries waiting to join the audit chain. A transaction that records stores its entries here as part of its own
-- commit; the chainer (org.tsuho.audit.AuditChainer) then takes the chain lock, links every committed pending entry
-- after the head in one transaction, and deletes them here. So the chain lock is no longer held through the commit
-- of every audited transaction (which made those commits run one at a time, each with its own WAL flush), and an
-- entry still exists exactly when the work it records committed.
create table audit_pending (
    id        bigint       generated always as identity primary key,
    at        timestamptz  not null,
    actor     varchar(100) not null,
    roles     varchar(200) not null,
    case_id   uuid,
    action    varchar(60)  not null,
    detail    varchar(300)
);
