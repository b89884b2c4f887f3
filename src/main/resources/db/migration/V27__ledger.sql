-- ledger: the charges households owe, whatever made them (baskets now; dues and events later), which the
-- payments settle. A line of account is known by its key (say a subscription's basket of a week); the ledger
-- holds for each key entries whose sum is what is owed for it. The first entry charges, a later one corrects by
-- the difference: an entry is never changed or removed (the trigger below), and the unique (key, revision)
-- makes a second posting of the same state fail rather than count twice.
create sequence charge_seq start with 50 increment by 50 minvalue 50;
create table charge (
    id             bigint primary key,
    association_id integer      not null default sillon_association() references association (id),
    household_id   bigint       not null,
    line_key       varchar(200) not null,
    revision       integer      not null check (revision >= 0),
    item           varchar(200) not null,
    service_date   date         not null,
    bill           varchar(7)   not null check (bill ~ '^[0-9]{4}-[0-9]{2}$'),
    due_on         date         not null,
    amount         numeric(12, 2) not null,
    reason         varchar(300),
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    unique (association_id, id),
    unique (association_id, line_key, revision),
    foreign key (association_id, household_id) references household (association_id, id) on delete restrict
);
create index charge_household on charge (household_id, line_key);
create index charge_bill on charge (association_id, bill);

create function charge_is_written_once() returns trigger language plpgsql as $$
begin
    raise exception 'a charge is never changed or removed; post a correction instead' using errcode = '55000';
end $$;
create trigger charge_written_once before update or delete on charge
    for each row execute function charge_is_written_once();

alter table charge enable row level security;
alter table charge force row level security;
create policy association_only on charge using (sillon_visible(association_id)) with check (sillon_visible(association_id));

-- baskets: how a size is billed (the options follow their basket's size), fixed when the offer is created.
alter table basket_offer add column billing varchar(8) not null default 'MONTHLY'
    check (billing in ('CONTRACT', 'PREPAID', 'MONTHLY'));
alter table basket_offer add column instalments varchar(9)
    check (instalments in ('ONCE', 'QUARTERLY', 'MONTHLY') and billing = 'CONTRACT' or instalments is null and billing <> 'CONTRACT');
