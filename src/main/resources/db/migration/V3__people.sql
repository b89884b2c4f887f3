-- people: persons and households
create sequence person_seq start with 50 increment by 50 minvalue 50;
create sequence household_seq start with 50 increment by 50 minvalue 50;

create table household (
    id              bigint primary key,
    name            varchar(150) not null,
    main_contact_id bigint,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);

create table person (
    id            bigint primary key,
    civility      varchar(3) check (civility in ('MRS', 'MR', 'MX')),
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(254),
    phone         varchar(20),
    mobile_phone  varchar(20),
    address_line1 varchar(200),
    address_line2 varchar(200),
    postal_code   varchar(16),
    city          varchar(100),
    country       char(2),
    language      varchar(2)   not null default 'FR' check (language in ('FR', 'EN')),
    household_id  bigint references household (id),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
create unique index person_email_key on person (email) where email is not null;
create index person_household on person (household_id);
create index person_last_name on person (lower(last_name), lower(first_name));
create index person_created on person (created_at);

alter table household add constraint household_main_contact_fk
    foreign key (main_contact_id) references person (id) deferrable initially deferred;
