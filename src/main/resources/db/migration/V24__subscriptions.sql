-- baskets: households' subscriptions to a weekly basket, their terms over time, their absences, and the
-- association's rules for them (basket_settings, one row per association, defaults when absent).
create table basket_settings (
    association_id       integer primary key default sillon_association() references association (id),
    cut_off_day          varchar(9)  not null check (cut_off_day in
                             ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    cut_off_time         time        not null,
    cut_off_weeks_before integer     not null check (cut_off_weeks_before between 0 and 4),
    absence_handling     varchar(10) not null check (absence_handling in ('CREDIT', 'SHIFT', 'GIFT', 'DONATE')),
    absences_included    integer     not null check (absences_included between 0 and 53),
    absences_max         integer     not null check (absences_max between 0 and 53),
    version              bigint      not null,
    check (absences_included <= absences_max)
);

-- A subscription runs from its first to its last ISO week (both delivered), in one state: WAITING on the
-- list for a place, ACTIVE, or ENDED. What is delivered (size, options, where) is its terms, each from a week
-- on: a change is a new term, so a past week always reads what it was.
create sequence subscription_seq start with 50 increment by 50 minvalue 50;
create table subscription (
    id             bigint primary key,
    association_id integer     not null default sillon_association() references association (id),
    household_id   bigint      not null,
    state          varchar(7)  not null check (state in ('WAITING', 'ACTIVE', 'ENDED')),
    first_week     varchar(8)  not null check (first_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    last_week      varchar(8)  not null check (last_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    requested_at   timestamptz not null,
    requested_by   varchar(100) not null,
    ended_reason   varchar(200),
    version        bigint      not null,
    unique (association_id, id),
    check (first_week <= last_week),
    foreign key (association_id, household_id) references household (association_id, id) on delete restrict
);
create index subscription_household on subscription (household_id);
create index subscription_weeks on subscription (association_id, state, first_week, last_week);

create sequence subscription_term_seq start with 50 increment by 50 minvalue 50;
create table subscription_term (
    id                bigint primary key,
    association_id    integer     not null default sillon_association() references association (id),
    subscription_id   bigint      not null,
    from_week         varchar(8)  not null check (from_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    size_offer_id     bigint      not null,
    drop_off_point_id bigint      not null,
    recorded_at       timestamptz not null,
    recorded_by       varchar(100) not null,
    unique (association_id, id),
    unique (subscription_id, from_week),
    foreign key (association_id, subscription_id) references subscription (association_id, id) on delete cascade,
    foreign key (association_id, size_offer_id) references basket_offer (association_id, id) on delete restrict,
    foreign key (association_id, drop_off_point_id) references drop_off_point (association_id, id) on delete restrict
);
create index subscription_term_point on subscription_term (drop_off_point_id, from_week);

create table subscription_term_option (
    association_id integer not null default sillon_association() references association (id),
    term_id        bigint  not null,
    offer_id       bigint  not null,
    primary key (term_id, offer_id),
    foreign key (association_id, term_id) references subscription_term (association_id, id) on delete cascade,
    foreign key (association_id, offer_id) references basket_offer (association_id, id) on delete restrict
);

-- A week a household is away. How its basket is handled is the association's policy when it was declared:
-- CREDIT (not made up, credited), SHIFT (made up in shifted_to, a later week), GIFT (made up, collected by
-- given_to), DONATE (made up, given to a food bank).
create sequence absence_seq start with 50 increment by 50 minvalue 50;
create table absence (
    id              bigint primary key,
    association_id  integer      not null default sillon_association() references association (id),
    subscription_id bigint       not null,
    iso_week        varchar(8)   not null check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    handling        varchar(10)  not null check (handling in ('CREDIT', 'SHIFT', 'GIFT', 'DONATE')),
    given_to        varchar(100),
    shifted_to      varchar(8)   check (shifted_to ~ '^[0-9]{4}-W[0-9]{2}$'),
    recorded_at     timestamptz  not null,
    recorded_by     varchar(100) not null,
    unique (association_id, id),
    unique (subscription_id, iso_week),
    check ((handling = 'GIFT') = (given_to is not null)),
    check ((handling = 'SHIFT') = (shifted_to is not null)),
    foreign key (association_id, subscription_id) references subscription (association_id, id) on delete cascade
);
create index absence_week on absence (association_id, iso_week);
create index absence_shifted on absence (association_id, shifted_to) where shifted_to is not null;

alter table basket_settings enable row level security;
alter table basket_settings force row level security;
create policy association_only on basket_settings using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table subscription enable row level security;
alter table subscription force row level security;
create policy association_only on subscription using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table subscription_term enable row level security;
alter table subscription_term force row level security;
create policy association_only on subscription_term using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table subscription_term_option enable row level security;
alter table subscription_term_option force row level security;
create policy association_only on subscription_term_option using (sillon_visible(association_id)) with check (sillon_visible(association_id));
alter table absence enable row level security;
alter table absence force row level security;
create policy association_only on absence using (sillon_visible(association_id)) with check (sillon_visible(association_id));
