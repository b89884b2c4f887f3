-- baskets: home delivery rounds (tournées). A round is a drop-off point of kind ROUND: it has a delivery day, a
-- capacity per delivery, moved deliveries and a waiting list as a point has; it also has ordered stops at the
-- households' delivery addresses, and optionally a delivery fee, an offer of kind DELIVERY whose prices (with
-- their history) are charged per basket delivered.
alter table drop_off_point add column kind varchar(5) not null default 'POINT' check (kind in ('POINT', 'ROUND'));
alter table drop_off_point add column fee_offer_id bigint;
alter table drop_off_point add constraint drop_off_point_fee
    foreign key (association_id, fee_offer_id) references basket_offer (association_id, id) on delete restrict;
alter table drop_off_point add constraint drop_off_point_fee_on_round check (fee_offer_id is null or kind = 'ROUND');

alter table basket_offer drop constraint basket_offer_kind_check;
alter table basket_offer add constraint basket_offer_kind_check check (kind in ('SIZE', 'OPTION', 'DELIVERY'));

-- The order a round's households are delivered in: a household joins at the end when its subscription comes
-- onto the round, and the garden team reorders the stops.
create table round_stop (
    association_id integer not null default sillon_association() references association (id),
    round_id       bigint  not null,
    household_id   bigint  not null,
    position       integer not null check (position >= 1),
    primary key (round_id, household_id),
    foreign key (association_id, round_id) references drop_off_point (association_id, id) on delete cascade,
    foreign key (association_id, household_id) references household (association_id, id) on delete cascade
);
create index round_stop_household on round_stop (household_id);

alter table round_stop enable row level security;
alter table round_stop force row level security;
create policy association_only on round_stop using (sillon_visible(association_id)) with check (sillon_visible(association_id));
