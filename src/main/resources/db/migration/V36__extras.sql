-- baskets: extras beyond the basket (ventes hors paniers): eggs, bread, preserves, offers of kind EXTRA with their
-- prices and an optional stock per week; a household orders some for one week or for every week from one on.
alter table basket_offer drop constraint basket_offer_kind_check;
alter table basket_offer add constraint basket_offer_kind_check check (kind in ('SIZE', 'OPTION', 'DELIVERY', 'EXTRA'));
alter table basket_offer add column weekly_stock integer check (weekly_stock >= 0);
alter table basket_offer add constraint basket_offer_stock_of_extra check (weekly_stock is null or kind = 'EXTRA');

create sequence extra_order_seq start with 50 increment by 50 minvalue 50;
create table extra_order (
    id              bigint primary key,
    association_id  integer      not null default sillon_association() references association (id),
    subscription_id bigint       not null,
    offer_id        bigint       not null,
    quantity        integer      not null check (quantity between 1 and 20),
    from_week       varchar(8)   not null check (from_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    to_week         varchar(8)   check (to_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    unique (association_id, id),
    check (to_week is null or from_week <= to_week),
    foreign key (association_id, subscription_id) references subscription (association_id, id) on delete cascade,
    foreign key (association_id, offer_id) references basket_offer (association_id, id) on delete restrict
);
create index extra_order_subscription on extra_order (subscription_id);
create index extra_order_offer on extra_order (offer_id, from_week);

alter table extra_order enable row level security;
alter table extra_order force row level security;
create policy association_only on extra_order using (sillon_visible(association_id)) with check (sillon_visible(association_id));
