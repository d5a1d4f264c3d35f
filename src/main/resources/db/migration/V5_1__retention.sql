-- Retention of a case's records (rulebook: tsuho.rulebook.retention). The case itself (its number, status, dates
-- and timeline codes) and the audit trail stay; what a record class's period ends is cleared by its owner.
alter table cases add column closed_at timestamptz;
-- A manual legal hold: nothing of the case is cleared while it is set (open proceedings and appeals hold a
-- case through their own modules).
alter table cases add column legal_hold boolean not null default false;
update cases set closed_at = updated_at where status = 'CLOSED';
create index cases_closed on cases (closed_at) where status = 'CLOSED';

-- Which record classes of a case were cleared, and when: the job's memory, so each case is cleared once.
create table case_retention (
    case_id      uuid        not null references cases (id),
    record_class varchar(40) not null,
    cleared_at   timestamptz not null,
    cleared      integer     not null,
    primary key (case_id, record_class)
);
