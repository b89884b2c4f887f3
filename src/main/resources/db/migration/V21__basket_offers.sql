-- baskets: the offers households subscribe to (basket sizes and options) and their prices per delivery over
-- time. A price applies from its first day until the next one starts; prices are only added, each after the
-- latest (BasketOffer), so what a delivery was priced at stays true. Euros to the cent.
create sequence basket_offer_seq start with 50 increment by 50 minvalue 50;
create table basket_offer (
    id             bigint primary key,
    association_id integer not null default sillon_association() references association (id),
    kind           varchar(16)  not null check (kind in ('SIZE', 'OPTION')),
    name           varchar(100) not null,
    description    varchar(500),
    created_at     timestamptz  not null,
    version        bigint       not null,
    unique (association_id, id)
);
create unique index basket_offer_name on basket_offer (association_id, lower(name));

create sequence offer_price_seq start with 50 increment by 50 minvalue 50;
create table offer_price (
    id             bigint primary key,
    association_id integer not null default sillon_association() references association (id),
    offer_id       bigint        not null,
    starts_on      date          not null,
    amount         numeric(12, 2) not null check (amount >= 0),
    recorded_at    timestamptz   not null,
    recorded_by    varchar(100)  not null,
    unique (association_id, id),
    unique (association_id, offer_id, starts_on),
    foreign key (association_id, offer_id) references basket_offer (association_id, id) on delete cascade
);

alter table basket_offer enable row level security;
alter table basket_offer force row level security;
create policy association_only on basket_offer using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table offer_price enable row level security;
alter table offer_price force row level security;
create policy association_only on offer_price using (sillon_visible(association_id)) with check (sillon_visible(association_id));
