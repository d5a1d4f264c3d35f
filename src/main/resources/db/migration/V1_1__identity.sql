-- Accounts of the embedded mode (with Keycloak, accounts live in the realm instead).
create table users (
    username      varchar(100) primary key,
    password_hash text         not null,
    display_name  text         not null,
    roles         text[]       not null,
    company_id    char(13)     references companies (id),
    enabled       boolean      not null default true
);
