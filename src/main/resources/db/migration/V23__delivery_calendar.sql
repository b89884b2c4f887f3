-- baskets: the delivery calendar kept by the association. A closure week (holidays) has no delivery anywhere; a
-- move gives one drop-off point's delivery of a week another day of that same week (Christmas Thursday to
-- Wednesday). Weeks are ISO weeks written 2026-W52 (IsoWeek).
create sequence delivery_closure_seq start with 50 increment by 50 minvalue 50;
create table delivery_closure (
    id             bigint primary key,
    association_id integer not null default sillon_association() references association (id),
    iso_week       varchar(8)   not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    reason         varchar(200),
    recorded_at    timestamptz  not null,
    recorded_by    varchar(100) not null,
    unique (association_id, id),
    unique (association_id, iso_week)
);

create sequence delivery_move_seq start with 50 increment by 50 minvalue 50;
create table delivery_move (
    id                bigint primary key,
    association_id    integer not null default sillon_association() references association (id),
    drop_off_point_id bigint       not null,
    iso_week          varchar(8)   not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    moved_to          date         not null,
    reason            varchar(200),
    recorded_at       timestamptz  not null,
    recorded_by       varchar(100) not null,
    unique (association_id, id),
    unique (association_id, drop_off_point_id, iso_week),
    foreign key (association_id, drop_off_point_id) references drop_off_point (association_id, id) on delete cascade
);

alter table delivery_closure enable row level security;
alter table delivery_closure force row level security;
create policy association_only on delivery_closure using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table delivery_move enable row level security;
alter table delivery_move force row level security;
create policy association_only on delivery_move using (sillon_visible(association_id)) with check (sillon_visible(association_id));
