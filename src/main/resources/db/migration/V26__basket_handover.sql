-- baskets: what became of a week's basket at its drop-off point, marked by the team holding the distribution:
-- collected, not collected (reported to the animator), or delivered (to the door, on a round).
create sequence basket_handover_seq start with 50 increment by 50 minvalue 50;
create table basket_handover (
    id              bigint primary key,
    association_id  integer      not null default sillon_association() references association (id),
    subscription_id bigint       not null,
    iso_week        varchar(8)   not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    outcome         varchar(13)  not null check (outcome in ('COLLECTED', 'NOT_COLLECTED', 'DELIVERED')),
    marked_at       timestamptz  not null,
    marked_by       varchar(100) not null,
    version         bigint       not null,
    unique (association_id, id),
    unique (subscription_id, iso_week),
    foreign key (association_id, subscription_id) references subscription (association_id, id) on delete cascade
);
create index basket_handover_week on basket_handover (association_id, iso_week);

alter table basket_handover enable row level security;
alter table basket_handover force row level security;
create policy association_only on basket_handover using (sillon_visible(association_id)) with check (sillon_visible(association_id));
