-- Requests for information (照会) from a case worker to the reporting company.
create table information_requests (
    id          uuid         primary key,
    case_id     uuid         not null references cases (id),
    question    text         not null,
    asked_by    varchar(100) not null,
    asked_at    timestamptz  not null,
    due_at      timestamptz  not null,
    reminded_at timestamptz,
    answer      text,
    answered_by varchar(100),
    answered_at timestamptz
);
create index information_requests_by_case on information_requests (case_id, asked_at);

-- Every triage decision with its rationale: who proposed an escalation matters for separation of duties.
create table triage_decisions (
    id                  uuid         primary key,
    case_id             uuid         not null references cases (id),
    decided_by          varchar(100) not null,
    decided_at          timestamptz  not null,
    severity            smallint     not null,
    category            varchar(20)  not null,
    decision            varchar(30)  not null,
    rationale           text         not null,
    escalation_targets  text[]       not null default '{}',
    escalation_criteria text[]       not null default '{}',
    emergency           boolean      not null default false
);
create index triage_decisions_by_case on triage_decisions (case_id, decided_at);
