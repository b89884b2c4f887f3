-- baskets: the periods an association sells subscriptions for (a year, a semester, a trimester): a subscription
-- taken for a period runs from the first week the cut-off reaches within it to its last week.
create sequence subscription_period_seq start with 50 increment by 50 minvalue 50;
create table subscription_period (
    id             bigint primary key,
    association_id integer      not null default sillon_association() references association (id),
    name           varchar(100) not null,
    first_week     varchar(8)   not null check (first_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    last_week      varchar(8)   not null check (last_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    version        bigint       not null,
    unique (association_id, id),
    check (first_week <= last_week)
);
create unique index subscription_period_name on subscription_period (association_id, lower(name));
alter table subscription_period enable row level security;
alter table subscription_period force row level security;
create policy association_only on subscription_period using (sillon_visible(association_id)) with check (sillon_visible(association_id));

alter table subscription add column period_id bigint;
alter table subscription add constraint subscription_period_fk
    foreign key (association_id, period_id) references subscription_period (association_id, id) on delete restrict;
