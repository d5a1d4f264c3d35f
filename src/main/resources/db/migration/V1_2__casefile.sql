-- Gapless yearly counters for receipt (R) and case (C) numbers: the row lock serialises concurrent intake,
-- and a rolled-back transaction gives its number back.
create table number_sequences (
    kind       char(1) not null,
    year       integer not null,
    last_value integer not null,
    primary key (kind, year)
);

create table cases (
    id                 uuid         primary key,
    case_number        varchar(20)  not null unique,
    company_id         char(13)     not null references companies (id),
    status             varchar(30)  not null,
    severity           smallint,
    category           varchar(20),
    title              text         not null,
    tlp                varchar(20)  not null,
    aware_at           timestamptz,
    related_case_id    uuid         references cases (id),
    possible_duplicate boolean      not null default false,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create index cases_by_company on cases (company_id, created_at desc);
create index cases_by_status on cases (status, created_at desc);

create table reports (
    id               uuid         primary key,
    receipt_number   varchar(20)  not null unique,
    case_id          uuid         not null references cases (id),
    company_id       char(13)     not null references companies (id),
    kind             varchar(30)  not null,
    stage            varchar(20),
    relates_to       uuid         references reports (id),
    category         varchar(20),
    title            text         not null,
    summary          text         not null,
    aware_at         timestamptz,
    occurred_at      timestamptz,
    introduced_on    date,
    affected_systems text[]       not null default '{}',
    tlp              varchar(20)  not null,
    share_consent    boolean      not null,
    contact_name     text,
    contact_email    text,
    contact_phone    text,
    submitted_at     timestamptz  not null,
    submitted_by     varchar(100) not null,
    late             boolean      not null
);
create index reports_by_company on reports (company_id, submitted_at desc, id desc);
create index reports_by_case on reports (case_id, submitted_at);
create index reports_flash_duplicates on reports (company_id, aware_at) where stage = 'FLASH';

create table report_indicators (
    report_id uuid        not null references reports (id) on delete cascade,
    position  integer     not null,
    type      varchar(20) not null,
    value     text        not null,
    primary key (report_id, position)
);

-- The case timeline shown to staff: what happened, when, by whom.
create table case_events (
    id      bigserial    primary key,
    case_id uuid         not null references cases (id),
    at      timestamptz  not null,
    actor   varchar(100) not null,
    action  varchar(60)  not null,
    detail  text
);
create index case_events_by_case on case_events (case_id, at, id);
