-- ledger: an entry is owed by a household or by an organisation (a funder's part of solidarity baskets).
alter table charge alter column household_id drop not null;
alter table charge add column organisation_id bigint;
alter table charge add constraint charge_organisation
    foreign key (association_id, organisation_id) references organisation (association_id, id) on delete restrict;
alter table charge add constraint charge_one_payer check (num_nonnulls(household_id, organisation_id) = 1);
create index charge_organisation_key on charge (organisation_id, line_key);

-- baskets: solidarity baskets. A funder (an organisation of the registry: CCAS, CAF, a company) carries a share
-- of each solidarity basket's price, within a yearly budget; a subscription's term names the funder from a week.
create sequence solidarity_funder_seq start with 50 increment by 50 minvalue 50;
create table solidarity_funder (
    id              bigint primary key,
    association_id  integer        not null default sillon_association() references association (id),
    organisation_id bigint         not null,
    share           numeric(12, 2) not null check (share > 0),
    yearly_budget   numeric(12, 2) check (yearly_budget > 0),
    created_at      timestamptz    not null,
    version         bigint         not null,
    unique (association_id, id),
    unique (association_id, organisation_id),
    foreign key (association_id, organisation_id) references organisation (association_id, id) on delete restrict
);
alter table solidarity_funder enable row level security;
alter table solidarity_funder force row level security;
create policy association_only on solidarity_funder using (sillon_visible(association_id)) with check (sillon_visible(association_id));

alter table subscription_term add column funder_id bigint;
alter table subscription_term add constraint subscription_term_funder
    foreign key (association_id, funder_id) references solidarity_funder (association_id, id) on delete restrict;
