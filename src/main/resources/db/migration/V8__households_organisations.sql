-- people: households' delivery address and status with its history, organisations' contact persons, and
-- the restricted solidarity data of households

alter table household
    add column delivery_line1        varchar(200),
    add column delivery_line2        varchar(200),
    add column delivery_postal_code  varchar(16),
    add column delivery_city         varchar(100),
    add column delivery_country      char(2),
    add column delivery_instructions varchar(500),
    -- the current status, for lists and filters; household_status_change holds how it came to be
    add column status                varchar(10) not null default 'PROSPECT'
        check (status in ('PROSPECT', 'ACTIVE', 'LAPSED', 'LEFT')),
    -- effective date of the last change; null while the household keeps the status it was created with
    add column status_since          date;
create index household_status on household (status, status_since);

create sequence household_status_change_seq start with 50 increment by 50 minvalue 50;
create table household_status_change (
    id           bigint primary key,
    household_id bigint       not null references household (id) on delete cascade,
    status       varchar(10)  not null check (status in ('PROSPECT', 'ACTIVE', 'LAPSED', 'LEFT')),
    effective_on date         not null,
    reason       varchar(500),
    recorded_at  timestamptz  not null,
    recorded_by  varchar(100) not null
);
create index household_status_change_household on household_status_change (household_id, effective_on);

create table organisation_contact (
    organisation_id bigint not null references organisation (id) on delete cascade,
    person_id       bigint not null references person (id) on delete cascade,
    function        varchar(100),
    primary key (organisation_id, person_id)
);
create index organisation_contact_person on organisation_contact (person_id);

-- data about social or economic difficulty: kept apart, read only by the roles that need it
create table household_solidarity (
    household_id                bigint primary key references household (id) on delete cascade,
    eligible                    boolean      not null,
    reason                      varchar(1000),
    referred_by_organisation_id bigint references organisation (id) on delete set null,
    valid_until                 date,
    updated_at                  timestamptz  not null,
    updated_by                  varchar(100) not null,
    version                     bigint       not null default 0
);
