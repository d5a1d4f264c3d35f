-- Appeals (審査請求, domain.md §3) against DISPOSITION notices: timeliness as computed at registration, the hearing
-- examiner (審理員), the examination record, the company's submissions (反論書) and the ruling (裁決).
create table appeals (
    id                  uuid         primary key,
    number              varchar(20)  not null unique,
    -- one appeal per disposition notice
    notice_id           uuid         not null unique references notices (id),
    proceeding_id       uuid         not null references proceedings (id),
    case_id             uuid         not null references cases (id),
    company_id          char(13)     not null references companies (id),
    learned_on          date         not null,
    filed_on            date         not null,
    deadline            date         not null,
    timely              boolean      not null,
    grounds             text         not null,
    late_reason         text,
    status              varchar(30)  not null,
    examiner            varchar(100),
    assigned_by         varchar(100),
    agency_statement    text,
    oral_statement      text,
    opinion             text,
    recommended_ruling  varchar(30),
    examined_at         timestamptz,
    ruling              varchar(30),
    ruling_reasons      text,
    varied_fine_yen     bigint,
    ruled_by            varchar(100),
    ruled_at            timestamptz,
    ruling_notice_id    uuid         references notices (id),
    process_instance_id varchar(64)  unique,
    filed_by            varchar(100) not null,
    filed_at            timestamptz  not null
);
create index appeals_by_company on appeals (company_id, filed_at desc, id desc);
create index appeals_by_filing on appeals (filed_at desc, id desc);
create index appeals_pending_by_case on appeals (case_id) where ruled_at is null;

-- 反論書 and other written submissions of the company while the appeal is under examination.
create table appeal_submissions (
    id           uuid         primary key,
    appeal_id    uuid         not null references appeals (id),
    text         text         not null,
    submitted_by varchar(100) not null,
    submitted_at timestamptz  not null
);
create index appeal_submissions_by_appeal on appeal_submissions (appeal_id, submitted_at);
