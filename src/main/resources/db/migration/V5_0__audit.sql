-- The audit trail: who did or read what, when, on which case. Append-only and hash-chained (see
-- org.tsuho.audit.AuditChain for the canonical form): each entry's hash covers the previous entry's hash, so
-- an edited, inserted or deleted entry breaks the chain at that point, and the head hash anchored elsewhere
-- shows whether the tail was cut off. Entries carry codes and ids only, never a report's text or personal data.
--
-- seq is assigned by the application under a transaction-level advisory lock (previous seq + 1), so the chain is
-- gapless and in commit order; a gap is itself a broken link. No foreign key to cases: the trail outlives
-- anything that happens to the records it talks about.
create table audit_entries (
    seq       bigint       primary key,
    at        timestamptz  not null,
    actor     varchar(100) not null,
    roles     varchar(200) not null,
    case_id   uuid,
    action    varchar(60)  not null,
    detail    varchar(300),
    prev_hash char(64)     not null unique,
    hash      char(64)     not null unique
);
create index audit_entries_by_case on audit_entries (case_id, seq) where case_id is not null;
create index audit_entries_by_actor on audit_entries (actor, seq);
create index audit_entries_by_action on audit_entries (action, seq);

-- The guard: the database refuses UPDATE, DELETE and TRUNCATE on the trail. Maintenance (and the tamper tests)
-- can lift it only inside one transaction, explicitly:  set local tsuho.audit_maintenance = 'on';
-- It protects against mistakes and against the application itself; a database superuser can still drop the
-- trigger, which is what the hash chain and the anchored head hash are there to reveal.
create function audit_entries_append_only() returns trigger
    language plpgsql as
$$
begin
    if coalesce(current_setting('tsuho.audit_maintenance', true), '') = 'on' then
        if tg_op = 'DELETE' then
            return old;
        end if;
        return new;
    end if;
    raise exception 'audit_entries is append-only: % refused', tg_op
        using errcode = 'restrict_violation',
              hint = 'Maintenance only: set local tsuho.audit_maintenance = ''on'' inside the transaction.';
end
$$;

create trigger audit_entries_no_update_or_delete
    before update or delete on audit_entries
    for each row execute function audit_entries_append_only();

create trigger audit_entries_no_truncate
    before truncate on audit_entries
    for each statement execute function audit_entries_append_only();
