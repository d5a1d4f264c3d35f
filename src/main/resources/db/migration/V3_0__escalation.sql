-- Escalation to the police (NPA) and the Ministry of Defense: the proposal and the supervisors' decisions, one
-- referral per agency with the package exactly as sent, the partners' feedback, and the disclosure log.
create table escalations (
    id                      uuid         primary key,
    case_id                 uuid         not null references cases (id),
    process_instance_id     varchar(64)  unique,
    status                  varchar(20)  not null,
    targets                 text[]       not null,
    criteria                text[]       not null,
    emergency               boolean      not null,
    proposed_by             varchar(100) not null,
    proposed_at             timestamptz  not null,
    proposal_rationale      text         not null,
    -- the four-eyes decision (in an emergency: the immediate referral)
    decided_by              varchar(100),
    decided_at              timestamptz,
    approved                boolean,
    decision_rationale      text,
    requested_tlp           varchar(20),
    -- emergency only: the second supervisor's ratification afterwards
    ratification_due_at     timestamptz,
    ratified_by             varchar(100),
    ratified_at             timestamptz,
    ratified                boolean,
    ratification_rationale  text,
    ratification_overdue_at timestamptz,
    concluded_at            timestamptz
);
create index escalations_by_case on escalations (case_id, proposed_at);

-- The package is the minimised snapshot the agency receives (no contact personal data); its digest identifies it
-- in the disclosure log.
create table referrals (
    id                        uuid         primary key,
    escalation_id             uuid         not null references escalations (id),
    case_id                   uuid         not null references cases (id),
    agency                    varchar(10)  not null,
    status                    varchar(20)  not null,
    tlp                       varchar(20)  not null,
    legal_basis               text         not null,
    share_consent             boolean      not null,
    package                   jsonb        not null,
    package_digest            char(64)     not null,
    sent_by                   varchar(100) not null,
    sent_at                   timestamptz  not null,
    acknowledged_by           varchar(100),
    acknowledged_at           timestamptz,
    acknowledgement_reference text,
    acknowledgement_note      text,
    reminded_at               timestamptz,
    followed_up_by            varchar(100),
    followed_up_at            timestamptz,
    follow_up_note            text,
    closed_at                 timestamptz,
    withdrawn_at              timestamptz,
    unique (escalation_id, agency)
);
create index referrals_by_agency on referrals (agency, sent_at desc, id desc);
create index referrals_by_case on referrals (case_id, sent_at);

create table referral_feedback (
    id          uuid         primary key,
    referral_id uuid         not null references referrals (id),
    type        varchar(40)  not null,
    note        text,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index referral_feedback_by_referral on referral_feedback (referral_id, recorded_at);

-- Append-only: every delivery of a package to a partner's liaison (who, which package, when, on what basis).
create table disclosures (
    id             uuid         primary key,
    referral_id    uuid         not null references referrals (id),
    case_id        uuid         not null references cases (id),
    agency         varchar(10)  not null,
    recipient      varchar(100) not null,
    format         varchar(20)  not null,
    package_digest char(64)     not null,
    tlp            varchar(20)  not null,
    legal_basis    text         not null,
    first_delivery boolean      not null,
    disclosed_at   timestamptz  not null
);
create index disclosures_by_case on disclosures (case_id, disclosed_at);
create index disclosures_by_referral on disclosures (referral_id, disclosed_at);
