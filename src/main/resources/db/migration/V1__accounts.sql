-- accounts: logins, roles, API tokens and login throttling
create sequence account_seq start with 50 increment by 50 minvalue 50;
create table account (
    id             bigint primary key,
    username       varchar(64)  not null,
    display_name   varchar(120) not null,
    email          varchar(254),
    language       varchar(2)   not null default 'FR' check (language in ('FR', 'EN')),
    password_hash  varchar(512),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null,
    last_login_at  timestamptz,
    version        bigint       not null default 0,
    constraint account_username_key unique (username)
);
create unique index account_email_key on account (email) where email is not null;

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(16) not null check (role in ('ADMIN', 'ANIMATOR', 'TREASURER', 'GARDEN', 'ADHERENT')),
    primary key (account_id, role)
);

create sequence api_token_seq start with 50 increment by 50 minvalue 50;
create table api_token (
    id           bigint primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    name         varchar(120) not null,
    token_hash   char(64)     not null,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null,
    created_by   varchar(64)  not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0,
    constraint api_token_hash_key unique (token_hash)
);
create index api_token_account on api_token (account_id);

-- failed logins per username, known or not
create table login_throttle (
    username        varchar(64) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
