-- people: organisations (clients, partners, funders)
create sequence organisation_seq start with 50 increment by 50 minvalue 50;
create table organisation (
    id            bigint primary key,
    name          varchar(200) not null,
    kind          varchar(20)  not null check (kind in ('RESTAURANT', 'NURSERY', 'COMPANY', 'SOCIAL_PARTNER',
                                                        'PUBLIC_BODY', 'ASSOCIATION', 'OTHER')),
    siret         char(14),
    email         varchar(254),
    phone         varchar(20),
    address_line1 varchar(200),
    address_line2 varchar(200),
    postal_code   varchar(16),
    city          varchar(100),
    country       char(2),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0
);
create index organisation_name on organisation (lower(name));

create table organisation_role (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    role            varchar(16) not null check (role in ('CLIENT', 'PARTNER', 'FUNDER')),
    primary key (organisation_id, role)
);
