-- Asset notifications (届出, Art. 4): each notification with the outcome of its automatic checks, the case
-- worker's reviews, and the registry of specified critical computers (特定重要電子計算機) per operator with a
-- version for every notified change.

-- Products that need no notification by public notice (告示), kept as data. A notified product whose name
-- contains the pattern (ignoring case and full/half width), introduced while the exclusion is in effect, is
-- excluded. Entries not checked against the notice itself are marked verified = false.
create table notification_exclusions (
    id              serial  primary key,
    product_pattern text    not null,
    notice          text    not null,
    effective_from  date,
    effective_until date,
    verified        boolean not null,
    note            text
);

insert into notification_exclusions (product_pattern, notice, effective_from, verified, note) values
    ('Windows', '令和8年告示: 届出を要しない汎用製品の指定 (Microsoft Windows)', null, false,
     '告示の番号と適用日は一次資料で未確認 / notice number and effective date not yet verified');

-- status: UNDER_REVIEW, INFORMATION_REQUESTED, ACCEPTED or EXCLUDED.
-- systems: the specified critical computers the notification names (its affectedSystems, else its product);
-- system_keys: the same names normalised, to match later reports against.
create table asset_notifications (
    report_id     uuid        primary key references reports (id),
    case_id       uuid        not null references cases (id),
    company_id    char(13)    not null references companies (id),
    product       text        not null,
    introduced_on date        not null,
    systems       text[]      not null,
    system_keys   text[]      not null,
    duplicate_of  uuid        references reports (id),
    excluded_by   integer     references notification_exclusions (id),
    status        varchar(30) not null,
    checked_at    timestamptz not null,
    decided_at    timestamptz
);
create index asset_notifications_by_company on asset_notifications (company_id, checked_at);
create index asset_notifications_by_case on asset_notifications (case_id);

-- Every review decision with its reason; a request for information points at the triage module's request.
create table notification_reviews (
    id         uuid         primary key,
    case_id    uuid         not null references cases (id),
    report_id  uuid         not null references reports (id),
    decided_by varchar(100) not null,
    decided_at timestamptz  not null,
    decision   varchar(30)  not null,
    rationale  text,
    request_id uuid         references information_requests (id)
);
create index notification_reviews_by_case on notification_reviews (case_id, decided_at);

-- The registry of specified critical computers: one row per operator and system, a version per accepted change.
create table critical_computers (
    id            uuid        primary key,
    company_id    char(13)    not null references companies (id),
    system_key    text        not null,
    name          text        not null,
    registered_at timestamptz not null,
    unique (company_id, system_key)
);

create table critical_computer_versions (
    computer_id   uuid         not null references critical_computers (id),
    version       integer      not null,
    product       text         not null,
    introduced_on date         not null,
    report_id     uuid         not null references reports (id),
    accepted_by   varchar(100) not null,
    accepted_at   timestamptz  not null,
    primary key (computer_id, version)
);

-- Systems an incident report named that its operator never notified: the missing-notification flag of a case.
-- proceeding_id: the penalty proceeding that took the failure, once a case worker asked for it (the proceedings
-- table belongs to the enforcement module, whose migration comes later).
create table unnotified_systems (
    case_id       uuid        not null references cases (id),
    system_key    text        not null,
    name          text        not null,
    report_id     uuid        not null references reports (id),
    flagged_at    timestamptz not null,
    proceeding_id uuid,
    primary key (case_id, system_key)
);
