-- Where staff receive mail (task assignments, the daily digest) and in which language. Embedded accounts get
-- theirs with the account; under Keycloak the address comes from the token's email claim at each sign-in.
create table staff_addresses (
    username   varchar(100) primary key,
    email      text         not null,
    locale     varchar(10)  not null default 'ja',
    updated_at timestamptz  not null
);
