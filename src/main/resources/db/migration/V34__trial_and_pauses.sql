-- baskets: a trial basket (one week, once per household, before a first subscription), and pauses: weeks a
-- subscription delivers nothing and costs nothing (summer holidays), its place kept.
alter table subscription add column trial boolean not null default false;
alter table subscription add constraint subscription_trial_one_week check (not trial or first_week = last_week);

create sequence subscription_pause_seq start with 50 increment by 50 minvalue 50;
create table subscription_pause (
    id              bigint primary key,
    association_id  integer      not null default sillon_association() references association (id),
    subscription_id bigint       not null,
    from_week       varchar(8)   not null check (from_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    to_week         varchar(8)   not null check (to_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    unique (association_id, id),
    check (from_week <= to_week),
    foreign key (association_id, subscription_id) references subscription (association_id, id) on delete cascade
);
create index subscription_pause_subscription on subscription_pause (subscription_id);
create index subscription_pause_weeks on subscription_pause (association_id, from_week, to_week);

alter table subscription_pause enable row level security;
alter table subscription_pause force row level security;
create policy association_only on subscription_pause using (sillon_visible(association_id)) with check (sillon_visible(association_id));
