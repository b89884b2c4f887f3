-- baskets: the duty rota (permanences): who holds a drop-off point's distribution in a week. Adherents sign up
-- themselves, the office for them; each is reminded once, a few days before.
create sequence duty_seq start with 50 increment by 50 minvalue 50;
create table duty (
    id                bigint primary key,
    association_id    integer      not null default sillon_association() references association (id),
    drop_off_point_id bigint       not null,
    iso_week          varchar(8)   not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    person_id         bigint       not null,
    reminded_at       timestamptz,
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    unique (association_id, id),
    unique (drop_off_point_id, iso_week, person_id),
    foreign key (association_id, drop_off_point_id) references drop_off_point (association_id, id) on delete cascade,
    foreign key (association_id, person_id) references person (association_id, id) on delete restrict
);
create index duty_week on duty (association_id, iso_week);
create index duty_person on duty (person_id);

alter table duty enable row level security;
alter table duty force row level security;
create policy association_only on duty using (sillon_visible(association_id)) with check (sillon_visible(association_id));
