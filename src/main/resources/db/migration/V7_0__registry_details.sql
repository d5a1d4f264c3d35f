-- Registry details: the competent ministry of each sector (the default for its operators), the operators'
-- designation data and reporting contacts, and the record of every change to the registry.

-- The ministry in charge of each sector under the Economic Security Promotion Act; an operator may differ.
alter table sectors add column ministry_ja text;
alter table sectors add column ministry_en text;
update sectors set ministry_ja = '経済産業省', ministry_en = 'Ministry of Economy, Trade and Industry'
    where code in ('ELECTRICITY', 'GAS', 'PETROLEUM', 'CREDIT_CARDS');
update sectors set ministry_ja = '国土交通省', ministry_en = 'Ministry of Land, Infrastructure, Transport and Tourism'
    where code in ('WATER', 'RAILWAYS', 'TRUCKING', 'OCEAN_SHIPPING', 'AVIATION', 'AIRPORTS', 'PORT_TRANSPORT');
update sectors set ministry_ja = '総務省', ministry_en = 'Ministry of Internal Affairs and Communications'
    where code in ('TELECOMMUNICATIONS', 'BROADCASTING', 'POSTAL');
update sectors set ministry_ja = '金融庁', ministry_en = 'Financial Services Agency'
    where code = 'FINANCE';
alter table sectors alter column ministry_ja set not null;
alter table sectors alter column ministry_en set not null;

-- status: DESIGNATED (指定), WITHDRAWN (指定解除) or NOT_DESIGNATED (never designated; files voluntary reports only).
-- The older flag "designated" stays, always equal to status = 'DESIGNATED'.
alter table companies add column status varchar(20) not null default 'DESIGNATED';
update companies set status = case when designated then 'DESIGNATED' else 'NOT_DESIGNATED' end;
alter table companies add constraint companies_status_known check (status in ('DESIGNATED', 'WITHDRAWN', 'NOT_DESIGNATED'));
alter table companies add constraint companies_designated_matches_status check (designated = (status = 'DESIGNATED'));
alter table companies add column ministry text;
alter table companies add column designated_on date;
alter table companies add column updated_at timestamptz not null default now();
create index companies_by_sector on companies (sector, name_ja);

-- The operator's contacts for reports and requests (the people Tsuho writes to), in the order given.
create table operator_contacts (
    company_id char(13)    not null references companies (id) on delete cascade,
    position   integer     not null,
    name       text        not null,
    department text,
    email      text        not null,
    phone      text,
    primary key (company_id, position)
);

-- Every change to the registry: who, when, how (screen, API, CSV import, system) and what changed, before and
-- after. Kept until the audit module takes over the trail.
create table registry_changes (
    id         bigserial    primary key,
    company_id char(13)     not null references companies (id),
    changed_by varchar(100) not null,
    changed_at timestamptz  not null,
    action     varchar(20)  not null,
    source     varchar(20)  not null,
    before     text,
    after      text         not null
);
create index registry_changes_by_company on registry_changes (company_id, changed_at desc, id desc);
