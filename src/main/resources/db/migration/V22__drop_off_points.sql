-- baskets: drop-off points (points de dépôt), where households collect their basket on the point's delivery day.
-- The contact person and the partner organisation (a company receiving baskets for its staff, a shop) belong
-- to people and are referred to with the association in the key; DropOffPoints moves, unlinks or refuses on
-- their lifecycle's events (merge, erasure, deletion).
create sequence drop_off_point_seq start with 50 increment by 50 minvalue 50;
create table drop_off_point (
    id                      bigint primary key,
    association_id          integer not null default sillon_association() references association (id),
    name                    varchar(100) not null,
    address_line1           varchar(200),
    address_line2           varchar(200),
    postal_code             varchar(16),
    city                    varchar(100),
    country                 varchar(2),
    opening_hours           varchar(200),
    delivery_day            varchar(9)   not null check (delivery_day in
                                ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    capacity                integer      not null check (capacity between 1 and 10000),
    contact_person_id       bigint,
    partner_organisation_id bigint,
    created_at              timestamptz  not null,
    version                 bigint       not null,
    unique (association_id, id),
    foreign key (association_id, contact_person_id) references person (association_id, id) on delete restrict,
    foreign key (association_id, partner_organisation_id) references organisation (association_id, id) on delete restrict
);
create unique index drop_off_point_name on drop_off_point (association_id, lower(name));
create index drop_off_point_contact on drop_off_point (contact_person_id);
create index drop_off_point_partner on drop_off_point (partner_organisation_id);

alter table drop_off_point enable row level security;
alter table drop_off_point force row level security;
create policy association_only on drop_off_point using (sillon_visible(association_id)) with check (sillon_visible(association_id));
