-- Registry: the 15 critical-infrastructure sectors and the designated operators (特別社会基盤事業者).
create table sectors (
    code     varchar(40) primary key,
    name_ja  text        not null,
    name_en  text        not null,
    position integer     not null
);

insert into sectors (code, name_ja, name_en, position) values
    ('ELECTRICITY',        '電気',             'Electricity',                 1),
    ('GAS',                'ガス',             'Gas',                         2),
    ('PETROLEUM',          '石油',             'Petroleum',                   3),
    ('WATER',              '水道',             'Water',                       4),
    ('RAILWAYS',           '鉄道',             'Railways',                    5),
    ('TRUCKING',           '貨物自動車運送',   'Trucking',                    6),
    ('OCEAN_SHIPPING',     '外航貨物',         'International ocean shipping', 7),
    ('AVIATION',           '航空',             'Aviation',                    8),
    ('AIRPORTS',           '空港',             'Airports',                    9),
    ('TELECOMMUNICATIONS', '電気通信',         'Telecommunications',          10),
    ('BROADCASTING',       '放送',             'Broadcasting',                11),
    ('POSTAL',             '郵便',             'Postal',                      12),
    ('FINANCE',            '金融',             'Finance',                     13),
    ('CREDIT_CARDS',       'クレジットカード', 'Credit cards',                14),
    ('PORT_TRANSPORT',     '一般港湾運送',     'General port transport',      15);

-- id is the 13-digit corporate number (法人番号).
create table companies (
    id         char(13)    primary key,
    name_ja    text        not null,
    name_en    text        not null,
    sector     varchar(40) not null references sectors (code),
    designated boolean     not null default true,
    created_at timestamptz not null default now()
);
