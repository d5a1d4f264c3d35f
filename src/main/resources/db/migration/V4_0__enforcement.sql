-- Penalty proceedings (domain.md §2): the failures to report, the notice drafts and their four-eyes approval, the
-- notices as served (immutable), the companies' written explanations (弁明書) and the supervisors' decisions.
create table proceedings (
    id                  uuid         primary key,
    number              varchar(20)  not null unique,
    company_id          char(13)     not null references companies (id),
    case_id             uuid         not null references cases (id),
    -- the rulebook's regime when the proceeding opened: a later change of the rulebook does not move it
    regime              varchar(30)  not null,
    status              varchar(40)  not null,
    opened_by           varchar(100) not null,
    opened_at           timestamptz  not null,
    process_instance_id varchar(64)  unique,
    closed_at           timestamptz
);
-- One open proceeding per company and case: further failures join it.
create unique index proceedings_one_open on proceedings (company_id, case_id) where closed_at is null;
create index proceedings_by_case on proceedings (case_id, opened_at);
create index proceedings_by_opening on proceedings (opened_at desc, id desc);

-- reference: the late report's receipt number, or the case (or notification) whose report is missing.
create table proceeding_failures (
    id            uuid         primary key,
    proceeding_id uuid         not null references proceedings (id),
    type          varchar(30)  not null,
    stage         varchar(20),
    reference     varchar(40)  not null,
    due_at        timestamptz,
    -- when the report that was late or missing arrived
    filed_at      timestamptz,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null,
    unique (proceeding_id, type, reference)
);

-- Why staff opened the proceeding (triage rationale, or the grounds of POST /api/v1/proceedings).
create table proceeding_grounds (
    id            uuid         primary key,
    proceeding_id uuid         not null references proceedings (id),
    grounds       text         not null,
    given_by      varchar(100) not null,
    given_at      timestamptz  not null
);
create index proceeding_grounds_by_proceeding on proceeding_grounds (proceeding_id, given_at);

-- A case worker's draft of the notice of intended disposition and the supervisor's decision on it.
create table notice_drafts (
    id                 uuid         primary key,
    proceeding_id      uuid         not null references proceedings (id),
    disposition        varchar(30)  not null,
    facts              text         not null,
    legal_basis        text         not null,
    response_days      integer      not null,
    fine_yen           bigint,
    prepared_by        varchar(100) not null,
    prepared_at        timestamptz  not null,
    approved           boolean,
    decided_by         varchar(100),
    decided_at         timestamptz,
    decision_rationale text
);
create index notice_drafts_by_proceeding on notice_drafts (proceeding_id, prepared_at);

-- kind DISPOSITION: NO_ACTION / ORDER / ADMINISTRATIVE_FINE; kind REFERRAL: REFER / DO_NOT_REFER.
create table proceeding_decisions (
    id               uuid         primary key,
    proceeding_id    uuid         not null references proceedings (id),
    kind             varchar(20)  not null,
    decision         varchar(30)  not null,
    reasons          text         not null,
    compliance_days  integer,
    fine_yen         bigint,
    decided_by       varchar(100) not null,
    decided_at       timestamptz  not null
);
create index proceeding_decisions_by_proceeding on proceeding_decisions (proceeding_id, decided_at);

-- A notice exactly as served: its document (number, date, addressee, disposition, facts, legal basis, reasons, 教示)
-- is kept as written, so the PDF of a notice never changes afterwards.
create table notices (
    id                uuid         primary key,
    number            varchar(20)  not null unique,
    proceeding_id     uuid         not null references proceedings (id),
    company_id        char(13)     not null references companies (id),
    type              varchar(30)  not null,
    draft_id          uuid         unique references notice_drafts (id),
    decision_id       uuid         unique references proceeding_decisions (id),
    disposition       varchar(30)  not null,
    fine_yen          bigint,
    respond_by        timestamptz,
    compliance_due_at timestamptz,
    appeal_by         date,
    document          jsonb        not null,
    text              text         not null,
    issued_by         varchar(100) not null,
    issued_at         timestamptz  not null
);
create index notices_by_company on notices (company_id, issued_at desc, id desc);
create index notices_by_proceeding on notices (proceeding_id, issued_at);

create table explanations (
    id            uuid         primary key,
    notice_id     uuid         not null unique references notices (id),
    proceeding_id uuid         not null references proceedings (id),
    text          text         not null,
    submitted_by  varchar(100) not null,
    submitted_at  timestamptz  not null
);
