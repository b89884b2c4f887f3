-- association: the association itself and its production sites
create sequence association_seq start with 50 increment by 50 minvalue 50;
create sequence production_site_seq start with 50 increment by 50 minvalue 50;

create table association (
    id            bigint primary key,
    name          varchar(200) not null,
    address_line1 varchar(200),
    address_line2 varchar(200),
    postal_code   varchar(16),
    city          varchar(100),
    country       char(2),
    siret         char(14),
    email         varchar(254),
    version       bigint not null default 0
);

create table production_site (
    id             bigint primary key,
    association_id bigint       not null references association (id) on delete cascade,
    name           varchar(150) not null,
    address_line1  varchar(200),
    address_line2  varchar(200),
    postal_code    varchar(16),
    city           varchar(100),
    country        char(2)
);
